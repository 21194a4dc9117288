namespace Schakel.Web.Security.Audit;

/// <summary>Where an audited action came from. Never an IP address: public reporters must stay untraceable.</summary>
public static class Herkomst
{
    public const string Web = "web";
    public const string Api = "api";
    public const string Opdrachtregel = "opdrachtregel";
    public const string Systeem = "systeem";
}
