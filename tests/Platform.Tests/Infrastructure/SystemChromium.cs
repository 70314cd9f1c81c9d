using Microsoft.Playwright;

namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium (<c>/usr/bin/chromium</c>, which tests/run.sh installs) driven headless through
/// Playwright's bundled driver: no browser is downloaded. Each page records what went wrong in it
/// (script errors, console errors) so a test can show them when it fails.
/// </summary>
public sealed class SystemChromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Generous: the machine is shared, and the first page compiles a few megabytes of script.</summary>
    public const float Timeout = 60_000;

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private SystemChromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<SystemChromium> LaunchAsync()
    {
        Assert.True(File.Exists(ExecutablePath),
            $"{ExecutablePath} is missing: run the tests with tests/run.sh, which installs Debian's chromium.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true });
        return new SystemChromium(playwright, browser);
    }

    /// <summary>A page in a fresh context (no shared storage), with <paramref name="problems"/> collecting its errors.</summary>
    /// <param name="timeZone">The browser's IANA time zone (what Intl reports), or the machine's.</param>
    public async Task<IPage> NewPageAsync(List<string> problems, string? timeZone = null)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            TimezoneId = timeZone,
        });
        return Watch(await context.NewPageAsync(), problems);
    }

    /// <summary>Gives a page the suite's timeout and records its script errors and console errors in <paramref name="problems"/>.</summary>
    public static IPage Watch(IPage page, List<string> problems)
    {
        page.SetDefaultTimeout(Timeout);
        page.PageError += (_, error) => problems.Add("page error: " + error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                problems.Add("console: " + message.Text);
        };
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
