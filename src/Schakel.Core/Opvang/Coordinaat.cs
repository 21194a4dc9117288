namespace Schakel.Core.Opvang;

/// <summary>A WGS84 point in decimal degrees.</summary>
public readonly record struct Coordinaat(double Breedtegraad, double Lengtegraad)
{
    private const double AardstraalKm = 6371.0088;

    public bool IsGeldig =>
        Breedtegraad is >= -90 and <= 90 && Lengtegraad is >= -180 and <= 180;

    /// <summary>Great-circle distance (haversine); accurate to well under a kilometre at Dutch distances.</summary>
    public double AfstandKm(Coordinaat ander)
    {
        var dLat = NaarRadialen(ander.Breedtegraad - Breedtegraad);
        var dLon = NaarRadialen(ander.Lengtegraad - Lengtegraad);
        var a = Math.Pow(Math.Sin(dLat / 2), 2)
            + (Math.Cos(NaarRadialen(Breedtegraad)) * Math.Cos(NaarRadialen(ander.Breedtegraad)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * AardstraalKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static double NaarRadialen(double graden) => graden * Math.PI / 180;
}
