using Schakel.Core.Organisaties;
using Schakel.Core.Sturing;

namespace Schakel.Web.Features.Sturing.Referentie;

/// <summary>A plan as transcribed from its published document (see the plan files beside this one).</summary>
public sealed record PlanBron(
    string Code, string Naam, Planniveau Niveau, string? EenheidCode, string? GemeenteCode, string Bron, int VanJaar, int TotJaar,
    IReadOnlyList<LijnBron> Lijnen, IReadOnlyList<BegrotingBron> Begroting, IReadOnlyList<TegenstrijdigheidBron> Tegenstrijdigheden);

public sealed record LijnBron(int Nummer, string Naam, IReadOnlyList<DoelBron> Doelen);

/// <summary>An operational goal; a plan without goals (the regional tables) has one goal without text.</summary>
public sealed record DoelBron(string? Tekst, int? Doeljaar, string? BeoogdEffect, IReadOnlyList<ActieBron> Acties);

/// <param name="Eigenaren">Owners as published, separated by ";".</param>
/// <param name="Koppelingen">Our reading of which Schakel organisations are those owners (kind, or a municipality).</param>
public sealed record ActieBron(
    string Nummer, string Tekst, string Eigenaren, string Betrokkenen, string Vormen, Planning Planning,
    IReadOnlyList<EigenaarBron> Koppelingen);

public sealed record EigenaarBron(string Naam, OrganisatieType? Type, string? GemeenteCode = null);

/// <summary>One budget row with its amounts per year (thousands of euros), numbered as the table prints it.</summary>
public sealed record BegrotingBron(int Lijn, string Label, string Nummers, IReadOnlyList<(int Jaar, decimal Bedrag)> Bedragen);

public sealed record TegenstrijdigheidBron(string Code, string Onderwerp, string BronA, string BronB, string Toelichting);
