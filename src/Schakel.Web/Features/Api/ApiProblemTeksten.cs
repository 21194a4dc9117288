namespace Schakel.Web.Features.Api;

/// <summary>
/// Titles and details of the API's problem answers, nl (neutral) and en: the texts per status, and the Dutch titles
/// and details handlers write for a 400 themselves, so the problem is translated in one place whoever wrote it.
/// </summary>
public sealed class ApiProblemTeksten;
