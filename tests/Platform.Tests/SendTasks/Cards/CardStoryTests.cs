using System.Net;
using System.Text;
using System.Text.Json;
using KooMessage.Platform.Data;
using KooMessage.Platform.Features.SendTasks;
using KooMessage.Platform.Features.SendTasks.Gateways;
using KooMessage.Platform.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace KooMessage.Platform.Tests.SendTasks.Cards;

/// <summary>
/// A tenant card with two parameters read from number-file columns, sent to 1,000 rows: every Sandbox message
/// carries its own values, three recipients' pages in a real headless Chromium show their own values and never
/// another's, hostile values are escaped (markup) or refused (10 KB, direction overrides), a button click is
/// counted, and another tenant cannot use the card.
/// </summary>
public sealed class CardStoryTests : IAsyncLifetime
{
    /// <summary>A real 1×1 PNG, so the browser decodes the card's image.</summary>
    private static readonly byte[] Pixel = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private const string Script = "<script>window.pwned=1</script>";
    private const string Img = "\"><img src=x onerror=\"window.pwned=1\">";

    private PlatformHost _host = null!;
    private SystemChromium _chromium = null!;

    public async Task InitializeAsync()
    {
        _host = await PlatformHost.StartAsync(SendTaskScenario.FastDispatch);
        _chromium = await SystemChromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        await _host.DisposeAsync();
    }

    private static string Name(int row) => row switch { 1 => Script, 2 => Img, _ => $"客户{row}" };

    private static string Csv()
    {
        var csv = new StringBuilder("phone,${1},name,amount\n");
        for (var row = 0; row < 1000; row++)
        {
            var name = row switch
            {
                3 => new string('长', 10_000),
                4 => "\u202Eevil",
                _ => Name(row),
            };
            csv.Append(13_800_000_000L + row).Append(",O").Append(row).Append(",\"").Append(name.Replace("\"", "\"\"")).Append('"');
            // Row 5 lacks its amount column: invalid, counted, not fatal.
            csv.Append(row == 5 ? "\n" : $",{row}.50\n");
        }
        return csv.ToString();
    }

    private static string CardInput(string image) => $$$"""
        { name: "账单提醒", parameters: [{ name: "name", description: "姓名", maxLength: 40 }, { name: "amount", maxLength: 12 }],
          pages: [{ components: [{ type: TITLE, text: "{{name}}，您好" }, { type: TEXT, text: "本期账单 {{amount}} 元" },
                                 { type: IMAGE, imageFileId: "{{{image}}}" }, { type: BUTTON, text: "立即查看", url: "https://bill.example.cn/view" },
                                 { type: BUTTON, text: "客服电话", action: CALL, phoneNumber: "95588" },
                                 { type: BUTTON, text: "打开快应用", action: OPEN_QUICK_APP, deeplink: "{{{QuickApp}}}", url: "{{{QuickAppWeb}}}" },
                                 { type: BUTTON, text: "致电{{name}}", action: CALL, phoneNumber: "{{name}}" }] }] }
        """;

    /// <summary>The quick-app button's deeplink and fallback page, each with the recipient's name after the fixed part (percent-encoded).</summary>
    private const string QuickApp = "hap://app/cn.example.bill/pages/view?name={{name}}";

    private const string QuickAppWeb = "https://bill.example.cn/app?name={{name}}";

    private const string Mapping = """columns: ["phone", "${1}", "name", "amount"], cardParameters: [{ name: "name", source: COLUMN, column: "name" }, { name: "amount", source: COLUMN, columnIndex: 4 }]""";

    [Fact]
    public async Task Each_recipient_sees_its_own_card_values_and_hostile_ones_are_escaped_or_refused()
    {
        var story = await SendTaskScenario.StartAsync(_host, "cards");
        var image = await story.AsTenant.UploadIdAsync(Pixel, "bill.png", "IMAGE");
        var card = (await story.AsTenant.MutateAsync("createSmartTemplate", CardInput(image), "smartTemplate { id }"))
            .GetProperty("smartTemplate").GetProperty("id").GetString()!;
        (await story.Messaging.Filing.ApproveAsync(card)).AssertNoErrors();

        // A button's link is refused when it is not what its action says, or when a value could choose its scheme, host or package.
        foreach (var (link, field) in new[]
        {
            ("""url: "javascript:alert(1)" """, "url"),
            ("""url: "https://{{name}}.example.cn/" """, "url"),
            ("""action: CALL, phoneNumber: "javascript:alert(1)" """, "phoneNumber"),
            ("""action: CALL, phoneNumber: "95588", url: "https://bill.example.cn/" """, "url"),
            ("""action: OPEN_QUICK_APP, deeplink: "javascript:alert(1)", url: "https://bill.example.cn/" """, "deeplink"),
            ("""action: OPEN_QUICK_APP, deeplink: "hap://app/{{name}}", url: "https://bill.example.cn/" """, "deeplink"),
            ("""action: OPEN_QUICK_APP, deeplink: "hap://app/cn.example.bill" """, "url"),
        })
        {
            var refused = await story.AsTenant.TryMutateAsync("createSmartTemplate",
                $$"""{ name: "坏按钮", parameters: [{ name: "name" }], pages: [{ components: [{ type: BUTTON, text: "按钮", {{link}} }] }] }""",
                "smartTemplate { id }", "... on ValidationError { field }");
            Assert.Equal("ValidationError", refused.ErrorType());
            Assert.Equal($"pages[0].components[0].{field}", refused.ErrorField());
        }
        var file = await story.AsTenant.UploadIdAsync(Encoding.UTF8.GetBytes(Csv()), "bills.csv", "NUMBER_FILE");
        var input = story.Input(fileId: file, extra: Mapping).Replace(SendTaskScenario.PublicSmartTemplate, card, StringComparison.Ordinal);

        // A mapping to a column the layout does not declare is an input error, at preview as at creation.
        var wrong = await story.AsTenant.PostAsync($"{{ previewSendTask(input: {input.Replace("column: \"name\"", "column: \"nom\"", StringComparison.Ordinal)}) {{ numbers {{ total }} }} }}");
        Assert.Equal("VALIDATION", wrong.FirstErrorCode);
        Assert.Contains("cardParameters[0].column", wrong.Body.ToString(), StringComparison.Ordinal);
        var preview = await story.AsTenant.QueryAsync($"{{ previewSendTask(input: {input}) {{ numbers {{ total invalid resolvable }} }} }}");
        Assert.Equal(3, preview.GetProperty("previewSendTask").GetProperty("numbers").GetProperty("invalid").GetInt32());

        var taskId = await story.CreateAsync(input);
        var sent = await story.WaitForAsync(taskId, t => SendTaskScenario.Progress(t, "sent") == 997, TimeSpan.FromSeconds(180));
        Assert.Equal(3, SendTaskScenario.Numbers(sent, "invalid"));

        // Every message carries its own row's values.
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KooMessageDbContext>();
            var messages = await db.Set<SandboxMessage>().AsNoTracking().ToListAsync();
            Assert.Equal(997, messages.Count);
            Assert.All(messages, m =>
            {
                var row = (int)(long.Parse(m.Phone[3..]) - 13_800_000_000L);
                var values = JsonSerializer.Deserialize<Dictionary<string, string>>(m.CardParameters!)!;
                Assert.Equal(Name(row), values["name"]);
                Assert.Equal($"{row}.50", values["amount"]);
            });
            var problems = await db.Set<Recipient>().IgnoreQueryFilters().Where(r => r.ErrorCode != null).Select(r => r.ErrorCode).ToListAsync();
            Assert.Equal(["INVALID_PARAMETER", "INVALID_PARAMETER", "MISSING_COLUMNS"], problems.Order());
        }

        var pageProblems = new List<string>();
        foreach (var row in new[] { 0, 1, 2 })
        {
            var code = await CodeAsync(row);
            var page = await _chromium.NewPageAsync(pageProblems);
            page.Dialog += (_, dialog) => pageProblems.Add("dialog: " + dialog.Message);
            var response = await page.GotoAsync(new Uri(_host.BaseAddress, "/s/" + code).ToString());
            Assert.Equal(200, response!.Status);
            Assert.True((await response.BodyAsync()).Length < 50 * 1024);
            Assert.Equal($"{Name(row)}，您好", await page.Locator("h1").InnerTextAsync());
            Assert.Equal($"本期账单 {row}.50 元", await page.Locator("p").InnerTextAsync());
            var others = new[] { 0, 1, 2 }.Where(r => r != row).Select(Name);
            var text = await page.Locator("body").InnerTextAsync();
            Assert.DoesNotContain(others, text.Contains);
            Assert.Equal(0, await page.EvaluateAsync<int>("() => document.scripts.length + document.querySelectorAll('[onerror]').length"));
            Assert.Null(await page.EvaluateAsync<int?>("() => window.pwned ?? null"));
            Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('img').complete && document.querySelector('img').naturalWidth === 1"));
            // Every link on the page is its own counted path: no value, however hostile, becomes an href. The call button
            // whose number is the recipient's name is no number at all: shown, but it leads nowhere.
            Assert.Equal(["1-4", "1-5", "1-6"], await page.EvaluateAsync<string[]>(
                $"() => [...document.querySelectorAll('a[href]')].map(a => a.href.startsWith(location.origin + '/s/{code}/b/') ? a.dataset.button : a.href)"));
            Assert.Equal(1, await page.Locator("span.button[aria-disabled=true]").CountAsync());
            if (row == 0)
                await ClickEachButtonAsync(page, code, pageProblems);
            await page.Context.CloseAsync();
        }
        Assert.True(pageProblems.Count == 0, string.Join('\n', pageProblems));
        var clicked = await story.WaitForAsync(taskId, t => t.GetProperty("progress").GetProperty("buttonClicks").GetInt32() == 3);
        Assert.Equal(5, SendTaskScenario.Progress(clicked, "clicks"));

        // The same card as JSON for a phone-side renderer; an unknown link answers 410.
        using var http = new HttpClient { BaseAddress = _host.BaseAddress };
        var request = new HttpRequestMessage(HttpMethod.Get, "/s/" + await CodeAsync(7));
        request.Headers.Accept.ParseAdd("application/json");
        var json = JsonDocument.Parse(await (await http.SendAsync(request)).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("客户7", json.GetProperty("parameters").GetProperty("name").GetString());
        Assert.Equal("客户7，您好", json.GetProperty("pages")[0].GetProperty("components")[0].GetProperty("text").GetString());
        Assert.Equal("BUTTON", json.GetProperty("pages")[0].GetProperty("components")[3].GetProperty("type").GetString());
        // The click log names the button that was clicked; the opens (three pages and the JSON above) have no button id.
        var button = json.GetProperty("pages")[0].GetProperty("components")[3].GetProperty("id").GetString();
        var log = (await story.AsTenant.QueryAsync($$"""
            { node(id: "{{taskId}}") { ... on SendTask {
              buttons: clicks(where: { buttonId: { eq: "{{button}}" } }) { totalCount nodes { buttonId first } }
              all: clicks(where: { buttonId: { neq: null } }) { totalCount nodes { buttonId } }
              opens: clicks(where: { buttonId: { eq: null } }) { totalCount } } } }
            """)).GetProperty("node");
        Assert.Equal(1, log.GetProperty("buttons").GetProperty("totalCount").GetInt32());
        Assert.Equal(button, log.GetProperty("buttons").GetProperty("nodes")[0].GetProperty("buttonId").GetString());
        // One click of each kind of button (a URL, a call, a quick app), each logged with its button id.
        Assert.Equal(["1-4", "1-5", "1-6"], log.GetProperty("all").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("buttonId").GetString()!).Order());
        Assert.Equal(6, log.GetProperty("opens").GetProperty("totalCount").GetInt32());
        // The JSON names each button's action and its filled link; the name call's number is refused, the quick app's values are encoded.
        var buttons = json.GetProperty("pages")[0].GetProperty("components").EnumerateArray().Skip(3).ToList();
        Assert.Equal(["OPEN_URL", "CALL", "OPEN_QUICK_APP", "CALL"], buttons.Select(b => b.GetProperty("action").GetString()));
        Assert.Equal("95588", buttons[1].GetProperty("phoneNumber").GetString());
        Assert.Equal("hap://app/cn.example.bill/pages/view?name=%E5%AE%A2%E6%88%B77", buttons[2].GetProperty("deeplink").GetString());
        Assert.Equal(JsonValueKind.Null, buttons[3].GetProperty("phoneNumber").ValueKind);
        Assert.Equal(JsonValueKind.Null, buttons[3].GetProperty("href").ValueKind);
        var hostile = new HttpRequestMessage(HttpMethod.Get, "/s/" + await CodeAsync(1));
        hostile.Headers.Accept.ParseAdd("application/json");
        var hostileJson = JsonDocument.Parse(await (await http.SendAsync(hostile)).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("https://bill.example.cn/app?name=%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E",
            hostileJson.GetProperty("pages")[0].GetProperty("components")[5].GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.Gone, (await http.GetAsync($"/s/{await CodeAsync(1)}/b/1-7")).StatusCode);
        // The quick-app page's links carry the values percent-encoded; its one script is its own, allowed by hash.
        var quickApp = await http.GetAsync($"/s/{await CodeAsync(1)}/b/1-6");
        var quickAppHtml = await quickApp.Content.ReadAsStringAsync();
        Assert.Contains("href=\"hap://app/cn.example.bill/pages/view?name=%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E\"", quickAppHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>window", quickAppHtml, StringComparison.Ordinal);
        Assert.Contains("script-src 'sha256-", quickApp.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var imageResponse = await http.GetAsync(json.GetProperty("pages")[0].GetProperty("components")[2].GetProperty("imageUrl").GetString());
        Assert.Equal(HttpStatusCode.OK, imageResponse.StatusCode);
        Assert.True(imageResponse.Headers.CacheControl!.Public);
        Assert.Equal(HttpStatusCode.Gone, (await http.GetAsync("/s/ZZZZZZZZ")).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await http.GetAsync($"/s/{await CodeAsync(7)}/b/9-9")).StatusCode);

        // The effect preview of row 7's values renders what row 7 was sent: the same text (but the link) and the same card.
        var previewInput = $$"""
            { smartTemplateId: "{{card}}", smsTemplateId: "{{story.Template}}", signatureId: "{{story.Signature}}", variables: ["O7"],
              parameters: [{ name: "name", value: "客户7" }, { name: "amount", value: "7.50" }], phoneModel: XIAOMI }
            """;
        var effect = (await story.AsTenant.QueryAsync($"{{ previewSmartMessage(input: {previewInput}) {{ text cardJson pageUrl }} }}")).GetProperty("previewSmartMessage");
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var sent7 = await scope.ServiceProvider.GetRequiredService<KooMessageDbContext>().Set<SandboxMessage>().SingleAsync(m => m.Phone == "+8613800000007");
            Assert.Equal(sent7.Text.Replace(sent7.ShortLinkUrl!, "https://kmsg.cn/Preview0", StringComparison.Ordinal), effect.GetProperty("text").GetString());
        }
        var previewCard = JsonDocument.Parse(effect.GetProperty("cardJson").GetString()!).RootElement;
        Assert.Equal(json.GetProperty("parameters").ToString(), previewCard.GetProperty("parameters").ToString());
        var texts = (JsonElement c) => string.Join("|", c.GetProperty("pages")[0].GetProperty("components").EnumerateArray().Select(x => x.GetProperty("text").ToString()));
        Assert.Equal(texts(json), texts(previewCard));
        var previewPage = await _chromium.NewPageAsync(pageProblems);
        await previewPage.GotoAsync(new Uri(_host.BaseAddress, effect.GetProperty("pageUrl").GetString()).ToString());
        Assert.Equal("客户7，您好", await previewPage.Locator("h1").InnerTextAsync());
        Assert.Equal("预览 PREVIEW", await previewPage.Locator(".watermark").InnerTextAsync());
        Assert.Equal("393px", await previewPage.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('main')).maxWidth"));
        Assert.True(await previewPage.EvaluateAsync<bool>("() => document.querySelector('img').complete && document.querySelector('img').naturalWidth === 1"));
        await previewPage.Context.CloseAsync();
        Assert.True(pageProblems.Count == 0, string.Join('\n', pageProblems));
        Assert.Equal(HttpStatusCode.Gone, (await http.GetAsync(effect.GetProperty("pageUrl").GetString() + "x")).StatusCode);

        // Another tenant cannot send or preview the card: it is not found, like a missing one.
        var other = await SendTaskScenario.StartAsync(_host, "cards-other");
        var stolen = await other.TryCreateAsync(other.Input(extra: "").Replace(SendTaskScenario.PublicSmartTemplate, card, StringComparison.Ordinal));
        Assert.Equal("NotFoundError", stolen.ErrorType());
        Assert.Equal("smartTemplateId", stolen.ErrorField());
        var peek = await other.AsTenant.PostAsync($$"""{ previewSmartMessage(input: { smartTemplateId: "{{card}}", smsTemplateId: "{{other.Template}}", signatureId: "{{other.Signature}}", variables: ["O1"] }) { text } }""");
        Assert.Equal("NOT_FOUND", peek.FirstErrorCode);
    }

    /// <summary>
    /// Clicks row 0's buttons as a phone would: the call is counted and redirected to <c>tel:</c>; the quick app's is counted and
    /// opens the page that asks for the deeplink and, no quick app engine answering here, falls back to its web page; the URL's
    /// is counted and leads to its URL. Web pages are answered here: the test stays on this machine.
    /// </summary>
    private async Task ClickEachButtonAsync(IPage page, string code, List<string> problems)
    {
        await page.Context.RouteAsync("https://bill.example.cn/**", route => route.FulfillAsync(new() { Status = 200, ContentType = "text/html", Body = "<p>bill</p>" }));
        // The call's counted path goes to the platform for real (forwarded by the test, redirects not followed); its redirect to
        // tel: is checked here, and the browser is answered 204 (it stays on the page) instead of asking a machine with no
        // dialer for the tel: scheme. The click is the page's own, dispatched without waiting for a navigation.
        var called = new TaskCompletionSource<(HttpStatusCode Status, string? Location)>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var forwarder = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        await page.RouteAsync("**/b/1-5", async route =>
        {
            try
            {
                using var response = await forwarder.GetAsync(route.Request.Url);
                called.TrySetResult((response.StatusCode, response.Headers.Location?.OriginalString));
            }
            catch (Exception e)
            {
                called.TrySetException(e);
            }
            await route.FulfillAsync(new() { Status = 204 });
        });
        await page.EvaluateAsync("() => document.querySelector(\"a[data-button='1-5']\").click()");
        Assert.Equal((HttpStatusCode.Found, "tel:95588"), await called.Task.WaitAsync(TimeSpan.FromSeconds(SystemChromium.Timeout / 1000)));
        // Playwright keeps waiting for the navigation a 204 ended; opening the page again (one more open) clears it.
        await page.GotoAsync(new Uri(_host.BaseAddress, "/s/" + code).ToString());

        // The quick app's page asks for the deeplink, which no engine answers here (Chromium reports the scheme has no
        // handler, the one console error this test expects), then falls back to the web page with the recipient's value.
        // Not WaitForURLAsync: it fails on the deeplink's aborted navigation (ERR_ABORTED) when that comes after it started waiting.
        await page.Locator("a[data-button='1-6']").ClickAsync();
        const string fallback = "https://bill.example.cn/app?name=%E5%AE%A2%E6%88%B70";
        await Eventually.TrueAsync(() => page.Url == fallback, "the quick-app page falls back to its web page", TimeSpan.FromMilliseconds(SystemChromium.Timeout));
        problems.RemoveAll(p => p.StartsWith("console: Failed to launch 'hap://app/cn.example.bill/pages/view?name=%E5%AE%A2%E6%88%B70'", StringComparison.Ordinal));

        // A page of its own for the URL button: the quick-app page's launch attempt left the first one waiting on a load event
        // that sometimes never came.
        var again = SystemChromium.Watch(await page.Context.NewPageAsync(), problems);
        await again.GotoAsync(new Uri(_host.BaseAddress, "/s/" + code).ToString());
        await again.Locator("a[data-button='1-4']").ClickAsync();
        await Eventually.TrueAsync(() => again.Url == "https://bill.example.cn/view", "the URL button leads to its URL", TimeSpan.FromMilliseconds(SystemChromium.Timeout));
    }

    private async Task<string> CodeAsync(int row)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var phone = $"+86{13_800_000_000L + row}";
        return await scope.ServiceProvider.GetRequiredService<KooMessageDbContext>().Set<Recipient>().IgnoreQueryFilters()
            .Where(r => r.Phone == phone).Select(r => r.ShortLinkCode!).SingleAsync();
    }
}
