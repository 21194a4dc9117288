using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.ApiClients;

/// <summary>
/// A partner system that calls the API with OAuth2 client credentials. Only a hash of its secret is
/// stored: the secret is shown once, when the client is created.
/// </summary>
public sealed class ApiClient
{
    public Guid Id { get; set; }
    public required string ClientId { get; set; }
    public required string Naam { get; set; }
    public Guid OrganisatieId { get; set; }
    public List<string> Rollen { get; set; } = [];
    public required string GeheimHash { get; set; }
    public DateTimeOffset Aangemaakt { get; set; }
    public bool Actief { get; set; } = true;
    public DateTimeOffset? Gedeactiveerd { get; set; }
}

internal sealed class ApiClientConfiguratie : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> b)
    {
        b.ToTable("api_clients");
        b.HasKey(e => e.Id);
        b.Property(e => e.ClientId).HasMaxLength(ClientGeheim.MaxLengteClientId);
        b.HasIndex(e => e.ClientId).IsUnique();
        b.Property(e => e.Naam).HasMaxLength(200);
        b.Property(e => e.GeheimHash).HasMaxLength(64);
        b.HasOne<Organisatie>().WithMany().HasForeignKey(e => e.OrganisatieId).OnDelete(DeleteBehavior.Restrict);
    }
}
