using KooMessage.Platform.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KooMessage.Platform.Tests.Dashboard;

/// <summary>
/// The /dashboard page in a real headless Chromium under its own Content-Security-Policy: a person signs
/// in with a tenant key, sees the overview, and watches the sent count move while a dispatch runs (over
/// graphql-transport-ws); another tenant's page keeps its own numbers; a platform key sees the review
/// queue; a bad key is told so. With KOOMESSAGE_WRITE_SCREENSHOTS=1 the first test rewrites the README's
/// screenshot (docs/images/dashboard.png); otherwise it leaves the checkout clean.
/// </summary>
public sealed class DashboardPageBrowserTests : IAsyncLifetime
{
    private static readonly LocatorAssertionsToHaveTextOptions Slow = new() { Timeout = 120_000 };

    private PlatformHost _host = null!;
    private SystemChromium _chromium = null!;

    public async Task InitializeAsync()
    {
        _host = await PlatformHost.StartAsync(new Dictionary<string, string?>(SendTaskScenario.FastDispatch));
        _chromium = await SystemChromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task A_tenant_sees_its_sent_count_move_during_a_dispatch_and_another_tenant_never_sees_it()
    {
        var story = await SendTaskScenario.StartAsync(_host, "dash-page");
        var other = await SendTaskScenario.StartAsync(_host, "dash-page-other");
        var problems = new List<string>();
        var page = await SignInAsync(story.Messaging.Filing.Tenant.Key, problems);
        var stranger = await SignInAsync(other.Messaging.Filing.Tenant.Key, problems);
        await Expect(page.Locator("#sent-today")).ToHaveTextAsync("0");
        await Expect(page.Locator("#tenant-part")).ToBeVisibleAsync();
        await Expect(page.Locator("#platform-part")).ToBeHiddenAsync();
        await Expect(page.Locator("#live")).ToHaveTextAsync("live", Slow);
        await Expect(stranger.Locator("#live")).ToHaveTextAsync("live", Slow);

        var taskId = await story.CreateAsync(story.Input(numbers: ["13800138000,A1", "13800138001,A2", "13800138002,A3"]));
        await Expect(page.Locator("#sent-today")).ToHaveTextAsync("3", Slow);
        await Expect(page.Locator("#chart")).ToHaveAttributeAsync("data-current-hour", "3", new() { Timeout = 120_000 });
        await Expect(page.Locator("#tenant-counts")).ToContainTextAsync("Signatures");
        await story.WaitForAsync(taskId, SendTaskScenario.Finished);

        // The other tenant's page is live too, yet still shows its own nothing.
        await Expect(stranger.Locator("#live")).ToHaveTextAsync("live");
        await Expect(stranger.Locator("#sent-today")).ToHaveTextAsync("0");
        await Expect(stranger.Locator("#chart")).ToHaveAttributeAsync("data-current-hour", "0");

        if (Environment.GetEnvironmentVariable("KOOMESSAGE_WRITE_SCREENSHOTS") == "1")
            await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryRoot.Path, "docs", "images", "dashboard.png"), FullPage = true });
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_platform_key_sees_the_review_queue_and_a_bad_key_is_told_so()
    {
        var filer = await FilingScenario.StartAsync(_host, "dash-review");
        await filer.SaveProfileAsync();
        var filingId = (await filer.SaveSmartMessageFilingAsync()).GetProperty("filing").GetProperty("id").GetString()!;
        await filer.SubmitAsync(filingId);
        var problems = new List<string>();

        var admin = await SignInAsync(PlatformHost.AdminKey, problems);
        await Expect(admin.Locator("#platform-part")).ToBeVisibleAsync();
        await Expect(admin.Locator("#review-queue")).ToContainTextAsync("FILING");
        await Expect(admin.Locator("#tenants")).ToContainTextAsync("ACTIVE");
        await Expect(admin.Locator("#live")).ToHaveTextAsync("live", Slow);
        Assert.Empty(problems);

        var page = await _chromium.NewPageAsync([]);
        await page.GotoAsync(new Uri(_host.BaseAddress, "/dashboard").ToString());
        await page.Locator("#api-key").FillAsync("km_not_a_real_key_0123456789");
        await page.Locator("#sign-in button").ClickAsync();
        await Expect(page.Locator("#error")).ToContainTextAsync("API key was not accepted");
        await Expect(page.Locator("#board")).ToBeHiddenAsync();
        Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('koomessage.dashboard.key')"));
    }

    private async Task<IPage> SignInAsync(string key, List<string> problems)
    {
        var page = await _chromium.NewPageAsync(problems);
        var response = await page.GotoAsync(new Uri(_host.BaseAddress, "/dashboard").ToString());
        Assert.Contains("script-src 'self'", response!.Headers["content-security-policy"], StringComparison.Ordinal);
        await page.Locator("#api-key").FillAsync(key);
        await page.Locator("#sign-in button").ClickAsync();
        await Expect(page.Locator("#board")).ToBeVisibleAsync();
        return page;
    }
}
