namespace Schakel.Web.Features.Documenten;

/// <summary>
/// No Chromium on this node (or it would not start). The HTML edition is always there, so callers answer 503 with
/// a pointer to it instead of failing.
/// </summary>
public sealed class PdfNietBeschikbaarException(string reden, Exception? oorzaak = null) : Exception(reden, oorzaak);
