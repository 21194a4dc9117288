namespace Schakel.Web.Features.Api;

/// <summary>The full semantic version of API v1; clients read it from the API-Version header.</summary>
public static class ApiVersie
{
    public const string Header = "API-Version";
    public const string Volledig = "1.0.0";
}
