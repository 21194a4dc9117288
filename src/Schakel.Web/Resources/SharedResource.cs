namespace Schakel.Web.Resources;

/// <summary>Marker for the shell's texts in SharedResource.resx (Dutch) and its translations.</summary>
public sealed class SharedResource;
