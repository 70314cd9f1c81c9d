using System.Text.Json;
using KooMessage.Platform.Events;
using KooMessage.Platform.Reviews;
using KooMessage.Platform.Tests.Infrastructure;
using KooMessage.Platform.Tests.Subscriptions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KooMessage.Platform.Tests.Transport.Ide;

/// <summary>
/// The GraphiQL IDE in a real headless Chromium, offline: the pinned package comes from npm's
/// node_modules through <c>Ide:AssetPath</c>, with its SRI hashes checked by the browser. A person's
/// steps: put a tenant key in the headers editor, run a query, open the docs, run a subscription and
/// see its event arrive.
/// </summary>
public sealed class IdeBrowserTests : IAsyncLifetime
{
    private const string HeadersEditor = "section.graphiql-editor-tool .graphiql-editor:not(.hidden) .monaco-editor";
    private const string OperationEditor = ".graphiql-query-editor .monaco-editor";
    private const string Response = ".graphiql-response";

    private PlatformHost _host = null!;
    private SystemChromium _chromium = null!;

    public async Task InitializeAsync()
    {
        _host = await PlatformHost.StartAsync(new Dictionary<string, string?>
        {
            ["Ide:Enabled"] = "true",
            ["Ide:AssetPath"] = IdePackage.Folder,
        });
        _chromium = await SystemChromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task A_tenant_key_in_the_headers_editor_runs_a_query_and_a_subscription_receives_an_event()
    {
        var story = await FilingScenario.StartAsync(_host, "ide");
        await story.SaveProfileAsync();
        var filingId = (await story.SaveSmartMessageFilingAsync()).GetProperty("filing").GetProperty("id").GetString()!;
        var problems = new List<string>();
        var page = await _chromium.NewPageAsync(problems);

        await page.GotoAsync(_host.GraphQLEndpoint.ToString());
        await ReplaceTextAsync(page, HeadersEditor, JsonSerializer.Serialize(new Dictionary<string, string> { ["Authorization"] = "Bearer " + story.Tenant.Key }));
        await ReplaceOperationAsync(page, "query Mine { viewer { roles tenant { slug } } }");
        await page.Locator(".graphiql-execute-button").ClickAsync();
        await Expect(page.Locator(Response)).ToContainTextAsync($"\"slug\": \"{story.Tenant.Slug}\"", new() { Timeout = SystemChromium.Timeout });
        await Expect(page.Locator(Response)).ToContainTextAsync("TENANT_ADMIN");

        // The schema explorer: the docs list the root types the introspection found.
        await page.GetByLabel("Show Documentation Explorer").ClickAsync();
        await Expect(page.Locator(".graphiql-doc-explorer")).ToContainTextAsync("Subscription", new() { Timeout = SystemChromium.Timeout });

        // A subscription over graphql-transport-ws with the same key, fed by a review transition.
        var subscribers = Subscribers();
        await ReplaceOperationAsync(page, "subscription Reviews { reviewStatusChanged { kind from to subject { id } } }");
        await page.Locator(".graphiql-execute-button").ClickAsync();
        await _host.WaitForSubscribersAsync(ReviewStatusChanged.Topic, subscribers + 1, TimeSpan.FromSeconds(60));
        await story.SubmitAsync(filingId);
        await Expect(page.Locator(Response)).ToContainTextAsync("\"to\": \"PENDING\"", new() { Timeout = SystemChromium.Timeout });
        await Expect(page.Locator(Response)).ToContainTextAsync("\"kind\": \"FILING\"");

        // The editor's workers were fetched with their integrity hashes and started from blobs.
        var workers = await page.EvaluateAsync<string[]>("() => performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/monacoeditorwork/'))");
        Assert.Contains(workers, w => w.EndsWith("graphql.worker..bundle.js", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Contains("Content Security Policy", StringComparison.Ordinal) || p.Contains("integrity", StringComparison.OrdinalIgnoreCase) || p.StartsWith("page error", StringComparison.Ordinal));
    }

    private int Subscribers() => _host.Services.GetRequiredService<InMemoryEventBus>().SubscriberCount(ReviewStatusChanged.Topic);

    /// <summary>
    /// Replaces the operation and waits until GraphiQL has taken it. GraphiQL runs the editor's text
    /// but takes the operation name and document from its state, which follows the editor 100 ms
    /// later (debounced, and stored under <c>graphiql:query</c> at the same moment); a click before
    /// that sends the previous operation's name ("no operation named 'Viewer'" on a busy machine).
    /// </summary>
    private static async Task ReplaceOperationAsync(IPage page, string operation)
    {
        await ReplaceTextAsync(page, OperationEditor, operation);
        await page.WaitForFunctionAsync("text => localStorage.getItem('graphiql:query') === text", operation, new() { Timeout = SystemChromium.Timeout });
    }

    /// <summary>
    /// Replaces a Monaco editor's text as a person pasting would. The editor closes brackets and
    /// quotes as they are typed, so whatever it added after the cursor is deleted.
    /// </summary>
    private static async Task ReplaceTextAsync(IPage page, string editor, string text)
    {
        await page.Locator(editor).ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.InsertTextAsync(text);
        await page.Keyboard.PressAsync("Control+Shift+End");
        await page.Keyboard.PressAsync("Delete");
    }
}
