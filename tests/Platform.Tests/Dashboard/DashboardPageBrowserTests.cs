using KooMessage.Platform.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KooMessage.Platform.Tests.Dashboard;

/// <summary>
/// The /dashboard page in a real headless Chromium under its own Content-Security-Policy: a person signs
/// in with a tenant key, sees the overview, and watches the sent count move while a dispatch runs (over
/// graphql-transport-ws); another tenant's page keeps its own numbers; a platform key sees the review
/// queue and picks the whole platform or one tenant, whose numbers it then sees; days and hours are the
/// browser's time zone; a bad key is told so. With KOOMESSAGE_WRITE_SCREENSHOTS=1 the first test rewrites the README's
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

    [Fact]
    public async Task A_platform_key_picks_a_tenant_and_sees_its_numbers_in_the_browsers_time_zone_and_a_tenant_key_has_no_picker()
    {
        const string zone = "America/New_York";
        var story = await SendTaskScenario.StartAsync(_host, "dash-pick");
        var other = await SendTaskScenario.StartAsync(_host, "dash-pick-other");
        var taskId = await story.CreateAsync(story.Input(numbers: ["13800138000,A1", "13800138001,A2"]));
        await story.WaitForAsync(taskId, SendTaskScenario.Finished);
        var problems = new List<string>();

        var admin = await SignInAsync(PlatformHost.AdminKey, problems, zone);
        await Expect(admin.Locator("#picker")).ToBeVisibleAsync();
        await Expect(admin.Locator("#platform-part")).ToBeVisibleAsync();
        // The browser's zone went with the request: the overview's "today" is a New York day.
        await Expect(admin.Locator("#updated")).ToHaveAttributeAsync("data-time-zone", zone);

        // The picker lists the tenants (read after sign-in).
        await Expect(admin.Locator($"#tenant-picker option[value='{story.Messaging.Filing.Tenant.Id}']")).ToBeAttachedAsync();
        await admin.Locator("#tenant-picker").SelectOptionAsync(story.Messaging.Filing.Tenant.Id);
        await Expect(admin.Locator("#sent-today")).ToHaveTextAsync("2", Slow);
        await Expect(admin.Locator("#tenant-part")).ToBeVisibleAsync();
        await Expect(admin.Locator("#platform-part")).ToBeHiddenAsync();
        await Expect(admin.Locator("#live")).ToHaveTextAsync("live", Slow);
        await Expect(admin.Locator("#updated")).ToHaveAttributeAsync("data-time-zone", zone);

        // The live tenant view follows that tenant: another task of it moves the count.
        await story.CreateAsync(story.Input(name: "再来一次", numbers: ["13800138002,A3"]));
        await Expect(admin.Locator("#sent-today")).ToHaveTextAsync("3", Slow);

        await admin.Locator("#tenant-picker").SelectOptionAsync(other.Messaging.Filing.Tenant.Id);
        await Expect(admin.Locator("#sent-today")).ToHaveTextAsync("0", Slow);
        await Expect(admin.Locator("#live")).ToHaveTextAsync("live", Slow);

        await admin.Locator("#tenant-picker").SelectOptionAsync("");
        await Expect(admin.Locator("#platform-part")).ToBeVisibleAsync();
        await Expect(admin.Locator("#tenant-part")).ToBeHiddenAsync();

        // A tenant key has no picker and sees its own nothing, whatever the other tenant sent.
        var stranger = await SignInAsync(other.Messaging.Filing.Tenant.Key, problems, zone);
        await Expect(stranger.Locator("#picker")).ToBeHiddenAsync();
        await Expect(stranger.Locator("#live")).ToHaveTextAsync("live", Slow);
        await Expect(stranger.Locator("#sent-today")).ToHaveTextAsync("0");
        await Expect(stranger.Locator("#platform-part")).ToBeHiddenAsync();
        Assert.Empty(problems);
    }

    private async Task<IPage> SignInAsync(string key, List<string> problems, string? timeZone = null)
    {
        var page = await _chromium.NewPageAsync(problems, timeZone);
        var response = await page.GotoAsync(new Uri(_host.BaseAddress, "/dashboard").ToString());
        Assert.Contains("script-src 'self'", response!.Headers["content-security-policy"], StringComparison.Ordinal);
        await page.Locator("#api-key").FillAsync(key);
        await page.Locator("#sign-in button").ClickAsync();
        await Expect(page.Locator("#board")).ToBeVisibleAsync();
        return page;
    }
}
