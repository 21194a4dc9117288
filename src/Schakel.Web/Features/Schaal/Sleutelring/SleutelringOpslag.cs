using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;

namespace Schakel.Web.Features.Schaal.Sleutelring;

/// <summary>
/// Keeps the data-protection key ring in the database instead of on each machine, so a cookie or form token made on one
/// node is read on every other. The interface is synchronous; the key ring is read rarely (at start, then about once a day).
/// </summary>
internal sealed class SleutelringOpslag(IServiceScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        return db.Set<Sleutelringsleutel>().AsNoTracking().OrderBy(s => s.Id).Select(s => s.Xml).ToList()
            .Select(x => XElement.Parse(x)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        db.Add(new Sleutelringsleutel { Naam = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
