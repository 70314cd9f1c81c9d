namespace KooMessage.Platform.Http;

/// <summary>Configuration section "Cors": which browser origins may call the API from their pages.</summary>
public sealed class CorsOptions
{
    public const string Section = "Cors";

    /// <summary>Origins such as <c>https://console.example.com</c>; none by default (browsers on other origins are refused).</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>How long a browser may cache a preflight answer.</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);
}
