namespace Schakel.Web.Features.Opvang.Bord;

/// <summary>One pool's figures as the board, the request page and the live fragment show them.</summary>
public sealed record PoolCijfersWeergave(PoolStand Stand, DateTimeOffset Nu);
