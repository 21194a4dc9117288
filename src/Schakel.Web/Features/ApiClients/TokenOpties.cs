namespace Schakel.Web.Features.ApiClients;

/// <summary>Settings under <c>Api:Token</c>.</summary>
public sealed class TokenOpties
{
    public const string Sectie = "Api:Token";
    public const int MaxMinuten = 60;

    public string Uitgever { get; set; } = "schakel";
    public string Publiek { get; set; } = "schakel-api";

    /// <summary>Minutes a token lives; capped at an hour so a leaked token is short-lived.</summary>
    public int LevensduurMinuten { get; set; } = 30;

    public TimeSpan Levensduur => TimeSpan.FromMinutes(Math.Clamp(LevensduurMinuten, 1, MaxMinuten));
}
