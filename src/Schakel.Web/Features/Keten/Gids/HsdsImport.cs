using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Keten;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Regio;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Keten.Gids;

/// <summary>
/// Imports HSDS 3 organisations (with their services nested, as the export writes them). It adds and updates,
/// never deletes: what the file does not name stays. Internal fields (notes, a confidential location's real name
/// and address) are not in HSDS, so an import keeps them as they are. All or nothing: every error is reported and
/// nothing is written when there is one.
/// </summary>
public sealed class HsdsImport(SchakelDbContext db, AuditTrail audit, TimeProvider tijd)
{
    public sealed record Resultaat(int Organisaties, int Diensten, int Locaties);

    public async Task<(Resultaat? Resultaat, Dictionary<string, string[]> Fouten)> ImporteerAsync(JsonElement body, ClaimsPrincipal door, CancellationToken ct = default)
    {
        var fouten = new Dictionary<string, List<string>>();
        void Fout(string veld, string tekst) => (fouten.TryGetValue(veld, out var l) ? l : fouten[veld] = []).Add(tekst);

        var lijst = body.ValueKind == JsonValueKind.Array ? body
            : body.ValueKind == JsonValueKind.Object && body.TryGetProperty("contents", out var c) && c.ValueKind == JsonValueKind.Array ? c
            : (JsonElement?)null;
        if (lijst is null)
        {
            return (null, new() { ["$"] = ["Verwacht een lijst van HSDS-organisaties of een HSDS-pagina met 'contents'."] });
        }
        List<HsdsOrganization>? organisaties = null;
        try
        {
            organisaties = lijst.Value.Deserialize<List<HsdsOrganization>>(Hsds.Json);
        }
        catch (JsonException e)
        {
            return (null, new() { [e.Path ?? "$"] = ["Ongeldige waarde: " + (e.Message.Split('.')[0])] });
        }
        organisaties ??= [];

        var gemeenten = (await db.Set<Gemeente>().Select(g => g.CbsCode).ToListAsync(ct)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var bestaand = await db.Set<Organisatie>().Include(o => o.Werkgebied).ToDictionaryAsync(o => o.Id, ct);
        for (var i = 0; i < organisaties.Count; i++)
        {
            var o = organisaties[i];
            var pad = $"contents[{i}]";
            if (o.Id == Guid.Empty) Fout(pad + ".id", "Verplicht.");
            if (string.IsNullOrWhiteSpace(o.Name) || o.Name.Length > 200) Fout(pad + ".name", "Verplicht, hoogstens 200 tekens.");
            // By name only: Enum.TryParse would also take a number, even one that names no type.
            if (!bestaand.ContainsKey(o.Id) && !Enum.GetNames<OrganisatieType>().Contains(o.SchakelOrganisationType, StringComparer.Ordinal))
                Fout(pad + ".schakel_organisation_type", "Verplicht voor een nieuwe organisatie: " + string.Join(", ", Enum.GetNames<OrganisatieType>()) + ".");
            for (var j = 0; j < (o.Services?.Count ?? 0); j++)
            {
                var d = o.Services![j];
                var dp = $"{pad}.services[{j}]";
                if (d.Id == Guid.Empty) Fout(dp + ".id", "Verplicht.");
                if (string.IsNullOrWhiteSpace(d.Name) || d.Name.Length > 200) Fout(dp + ".name", "Verplicht, hoogstens 200 tekens.");
                if (d.OrganizationId != Guid.Empty && d.OrganizationId != o.Id) Fout(dp + ".organization_id", "Hoort bij een andere organisatie.");
                if (d.Status is not ("active" or "inactive" or "defunct" or "temporarily closed")) Fout(dp + ".status", "active, inactive, defunct of temporarily closed.");
                if (!Enum.TryParse<Dienstsoort>(d.SchakelType, false, out _)) Fout(dp + ".schakel_type", string.Join(", ", Enum.GetNames<Dienstsoort>()) + ".");
                if (!Enum.TryParse<Dienstzijde>(d.SchakelSide, false, out _)) Fout(dp + ".schakel_side", string.Join(", ", Enum.GetNames<Dienstzijde>()) + ".");
                foreach (var v in (d.SchakelFormsOfExploitation ?? []).Where(v => !Enum.TryParse<Uitbuitingsvorm>(v, false, out _)))
                    Fout(dp + ".schakel_forms_of_exploitation", $"Onbekende vorm '{v}'.");
                foreach (var g in (d.ServiceAreas ?? []).Where(g => !gemeenten.Contains(g.SchakelCbsCode ?? "")))
                    Fout(dp + ".service_areas", $"Onbekende gemeente '{g.SchakelCbsCode}'.");
                foreach (var s in (d.Schedules ?? []).Concat((d.ServiceAtLocations ?? []).SelectMany(l => l.Location?.Schedules ?? [])))
                {
                    if (!IsTijd(s.OpensAt) || !IsTijd(s.ClosesAt)) Fout(dp + ".schedules", "Tijden als HH:mm.");
                }
                foreach (var l in (d.ServiceAtLocations ?? []).Where(l => l.Location is null || l.Location.Id != l.LocationId))
                    Fout(dp + ".service_at_locations", "Elke koppeling heeft een locatie met dezelfde id.");
                foreach (var l in (d.ServiceAtLocations ?? []).Select(l => l.Location).OfType<HsdsLocation>()
                    .Where(l => l.SchakelCbsCode is { } code && !gemeenten.Contains(code)))
                    Fout(dp + ".service_at_locations", $"Onbekende gemeente '{l.SchakelCbsCode}'.");
            }
        }
        if (fouten.Count > 0)
        {
            return (null, fouten.ToDictionary(f => f.Key, f => f.Value.Distinct().ToArray()));
        }

        var (nDiensten, locatieIds) = (0, new HashSet<Guid>());
        foreach (var o in organisaties)
        {
            if (!bestaand.TryGetValue(o.Id, out var org))
            {
                var type = Enum.Parse<OrganisatieType>(o.SchakelOrganisationType!);
                // An organisation that enters Schakel through the import joins the chain on the import date (new-partner list).
                org = new Organisatie { Id = o.Id, Naam = o.Name.Trim(), Type = type, Partijcategorie = Categorie(type), Toegetreden = tijd.GetUtcNow() };
                db.Add(org);
                bestaand[o.Id] = org;
            }
            // The name is a unique key shared with the rest of Schakel: renaming goes through beheer, not an import.
            org.Email = o.Email;
            org.Website = o.Website;
            org.Telefoon = o.Phones?.FirstOrDefault()?.Number;
            foreach (var d in o.Services ?? [])
            {
                await DienstAsync(org.Id, d, locatieIds, ct);
                nDiensten++;
            }
        }
        await audit.VastleggenAsync(db, new AuditInvoer(door.AlsActor(), "gids.hsds.geimporteerd", "Gids", null, AuditResultaat.Gelukt, Herkomst.Api), ct);
        return (new Resultaat(organisaties.Count, nDiensten, locatieIds.Count), []);
    }

    private async Task DienstAsync(Guid organisatieId, HsdsService s, HashSet<Guid> locatieIds, CancellationToken ct)
    {
        var d = await db.Set<Dienst>().Include(x => x.Gebied).Include(x => x.Locaties).Include(x => x.Telefoons)
            .Include(x => x.Openingstijden).Include(x => x.Contacten).AsSplitQuery().SingleOrDefaultAsync(x => x.Id == s.Id, ct);
        if (d is null)
        {
            d = new Dienst { Id = s.Id, Naam = s.Name };
            db.Add(d);
        }
        d.OrganisatieId = organisatieId;
        d.Naam = s.Name.Trim();
        d.Beschrijving = s.Description;
        d.Website = s.Url;
        d.Email = s.Email;
        d.Actief = s.Status == "active";
        d.Voorwaarden = s.EligibilityDescription;
        d.Kosten = s.FeesDescription;
        d.Soort = Enum.Parse<Dienstsoort>(s.SchakelType);
        d.Zijde = Enum.Parse<Dienstzijde>(s.SchakelSide);
        d.Uitbuitingsvormen = string.Join(',', s.SchakelFormsOfExploitation ?? []);
        d.Talen = string.Join(',', (s.Languages ?? []).Select(t => t.Code));
        d.DagEnNacht = s.Schakel247;

        d.Gebied.Clear();
        d.Gebied.AddRange((s.ServiceAreas ?? []).Select(g => g.SchakelCbsCode.ToUpperInvariant()).Distinct().Select(g => new Dienstgebied { DienstId = d.Id, CbsCode = g }));
        db.RemoveRange(d.Telefoons);
        d.Telefoons = (s.Phones ?? []).Select(t => new GidsTelefoon { Id = t.Id, DienstId = d.Id, Nummer = t.Number, Omschrijving = t.Description }).ToList();
        db.RemoveRange(d.Openingstijden);
        d.Openingstijden = (s.Schedules ?? []).Select(t => Openingstijd(t, d.Id, null)).ToList();
        db.RemoveRange(d.Contacten);
        d.Contacten = (s.Contacts ?? []).Select(c => new GidsContact
        {
            Id = c.Id, DienstId = d.Id, Naam = c.Name ?? "", Functie = c.Title, Email = c.Email, Telefoon = c.Phones?.FirstOrDefault()?.Number,
        }).ToList();
        db.RemoveRange(d.Locaties);
        d.Locaties = [];
        foreach (var sl in s.ServiceAtLocations ?? [])
        {
            if (locatieIds.Add(sl.LocationId))
            {
                await LocatieAsync(organisatieId, sl.Location!, ct);
            }
            d.Locaties.Add(new DienstLocatie { Id = sl.Id, DienstId = d.Id, LocatieId = sl.LocationId });
        }
    }

    private async Task LocatieAsync(Guid organisatieId, HsdsLocation h, CancellationToken ct)
    {
        var l = await db.Set<Locatie>().Include(x => x.Openingstijden).SingleOrDefaultAsync(x => x.Id == h.Id, ct);
        if (l is null)
        {
            l = new Locatie { Id = h.Id, OrganisatieId = h.OrganizationId ?? organisatieId, Naam = h.Name ?? "Vertrouwelijke locatie" };
            db.Add(l);
        }
        l.Vertrouwelijk = h.SchakelConfidential;
        l.VoordeurTelefoon = h.Phones?.FirstOrDefault()?.Number;
        l.VoordeurEmail = h.SchakelFrontDoorEmail;
        if (h.SchakelConfidential)
        {
            // The export never carries a confidential location's name, address or hours: keep what Schakel has.
            return;
        }
        var adres = h.Addresses?.FirstOrDefault();
        l.Naam = h.Name ?? l.Naam;
        l.Adres = adres?.Address1;
        l.Postcode = string.IsNullOrEmpty(adres?.PostalCode) ? null : adres.PostalCode;
        l.Plaats = adres?.City;
        l.GemeenteCode = h.SchakelCbsCode?.ToUpperInvariant();
        db.RemoveRange(l.Openingstijden);
        l.Openingstijden = (h.Schedules ?? []).Select(t => Openingstijd(t, null, l.Id)).ToList();
    }

    private static Openingstijd Openingstijd(HsdsSchedule s, Guid? dienst, Guid? locatie) => new()
    {
        Id = s.Id, DienstId = dienst, LocatieId = locatie, Dagen = s.Byday ?? "", Opent = Tijd(s.OpensAt), Sluit = Tijd(s.ClosesAt), Omschrijving = s.Description,
    };

    private static bool IsTijd(string? t) => t is null || TimeOnly.TryParseExact(t, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static TimeOnly? Tijd(string? t) => t is null ? null : TimeOnly.ParseExact(t, "HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The sharing category of a new organisation follows its type (JenV 2020); a beheerder can change it.</summary>
    private static Partijcategorie Categorie(OrganisatieType type) => type switch
    {
        OrganisatieType.Politie or OrganisatieType.KMar or OrganisatieType.NLA or OrganisatieType.OM => Partijcategorie.Opsporingsinstantie,
        OrganisatieType.Gemeente or OrganisatieType.HEIT => Partijcategorie.Toezichthouder,
        OrganisatieType.Opvang or OrganisatieType.Ngo => Partijcategorie.HulpverlenerZonderMedischBeroepsgeheim,
        // A trainer or knowledge organisation never receives case data (Casusontvangst), so its category decides no
        // sharing; it gets the default, as a national body, and is never proposed on a route.
        _ => Partijcategorie.PartijMetMeldOfCoordinatiefunctie,
    };
}
