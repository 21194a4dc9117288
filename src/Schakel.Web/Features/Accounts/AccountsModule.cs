using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Schakel.Web.Data;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Accounts;

/// <summary>
/// Professionals sign in with e-mail, password and a second factor (TOTP or a recovery code). The application
/// cookie is only ever issued after that second factor; someone who has not enrolled yet gets a separate,
/// narrow cookie (<see cref="AccountsBeleid.InrichtenSchema"/>) that opens the enrolment page and nothing else.
/// </summary>
public static class AccountsModule
{
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = IdentityConstants.ApplicationScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddCookie(AccountsBeleid.InrichtenSchema, o =>
            {
                o.Cookie.Name = "Schakel.Inrichten";
                ZetCookie(o.Cookie, SameSiteMode.Lax);
                o.ExpireTimeSpan = TimeSpan.FromMinutes(15);
                o.SlidingExpiration = false;
                o.LoginPath = "/inloggen";
                o.AccessDeniedPath = "/geweigerd";
            });
        services.AddIdentity<Medewerker, IdentityRole<Guid>>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<SchakelDbContext>()
            .AddSignInManager<SchakelSignInManager>()
            .AddClaimsPrincipalFactory<SchakelClaimsFactory>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<EenmaligeAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider);
        services.AddOptions<TweestapsOptions>().BindConfiguration("Tweestaps");

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "Schakel.Medewerker";
            ZetCookie(o.Cookie);
            o.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            o.SlidingExpiration = true;
            o.LoginPath = "/inloggen";
            o.LogoutPath = "/uitloggen";
            o.AccessDeniedPath = "/geweigerd";
        });
        // The steps before the staff cookie are Lax: coming back from an external identity provider is a
        // cross-site redirect chain, in which a browser withholds Strict cookies. Forms carry antiforgery tokens.
        services.ConfigureExternalCookie(o => ZetCookie(o.Cookie, SameSiteMode.Lax));
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o => ZetCookie(o.Cookie, SameSiteMode.Lax));
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            // Deactivation and a 2FA reset change the stamp; checking every request makes them take effect at once.
            o.ValidationInterval = TimeSpan.Zero;
            // The refreshed principal is rebuilt from the database and would lose the proof of the second factor.
            o.OnRefreshingPrincipal = c =>
            {
                if (c.CurrentPrincipal?.FindFirst(AccountsBeleid.AmrClaim) is { } amr && c.NewPrincipal?.Identity is ClaimsIdentity nieuw
                    && !nieuw.HasClaim(AccountsBeleid.AmrClaim, amr.Value))
                {
                    nieuw.AddClaim(new Claim(AccountsBeleid.AmrClaim, amr.Value));
                }
                return Task.CompletedTask;
            };
        });

        services.AddAuthorization();
        services.Configure<AuthorizationOptions>(o =>
        {
            o.AddPolicy(AccountsBeleid.Medewerker, p => AccountsBeleid.Medewerkerbeleid(p));
            o.AddPolicy(AccountsBeleid.Beheerder, p => AccountsBeleid.Medewerkerbeleid(p).RequireRole(Schakel.Core.Organisaties.Rollen.Beheerder));
            o.AddPolicy(AccountsBeleid.Inrichten, p => p.AddAuthenticationSchemes(AccountsBeleid.InrichtenSchema).RequireAuthenticatedUser());
        });

        // An invitation link is a password-reset token: valid for a few days, and only once (the stamp changes).
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(3));
        services.Configure<WerkplekOptions>(o =>
        {
            o.Links.Add(new("/beheer/accounts", "LinkAccounts", [Schakel.Core.Organisaties.Rollen.Beheerder], typeof(AccountsTeksten), 80));
            o.Links.Add(new("/beheer/organisaties", "LinkOrganisaties", [Schakel.Core.Organisaties.Rollen.Beheerder], typeof(AccountsTeksten), 81));
            o.Links.Add(new("/beheer/api-clients", "LinkApiClients", [Schakel.Core.Organisaties.Rollen.Beheerder], typeof(AccountsTeksten), 82));
        });
        services.AddScoped<Werkplekmenu>();
        services.AddScoped<Schakel.Web.Features.Regio.Gemeentenamen>();
        services.AddScoped<Aanmeldregistratie>();
        // After AddIdentity (which only tries to add its hasher): the password is verified before the write (Aanmeldregistratie).
        services.AddScoped<PasswordHasher<Medewerker>>();
        services.AddScoped<VoorafGecontroleerdeHasher>();
        services.AddScoped<IPasswordHasher<Medewerker>>(sp => sp.GetRequiredService<VoorafGecontroleerdeHasher>());
        services.AddScoped<Tweestapsverificatie>();
        services.AddScoped<Schakel.Web.Features.Beheer.Accounts.AccountBeheer>();
        services.AddScoped<IZaaier, RollenZaaier>();
        services.AddScoped<IZaaier, DemoAccounts>();
        services.AddOidc(configuration);
        return services;
    }

    public static WebApplication MapAccounts(this WebApplication app)
    {
        // Every page of this part is a Razor page; the hook stays so Program.cs treats all parts alike.
        return app;
    }

    private static void ZetCookie(CookieBuilder c, SameSiteMode sameSite = SameSiteMode.Strict)
    {
        c.HttpOnly = true;
        c.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        c.SameSite = sameSite;
    }
}
