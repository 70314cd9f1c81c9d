using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using KooMessage.Platform.Observability;
using KooMessage.Platform.Tests.Infrastructure;
using OpenTelemetry.Trace;

namespace KooMessage.Platform.Tests.Observability;

/// <summary>
/// The spans of one createSendTask, recorded by an in-memory exporter: the operation span under the
/// HTTP request, the EF Core statements under it, and the dispatch batch that sent the task in the
/// same trace; no attribute carries a variable's value. The request is sent inside a test activity
/// whose trace id tells this test's spans from those of other tests running in this process (a bare
/// traceparent header would not do: the client's own HTTP span replaces it with a new trace).
/// </summary>
public sealed class OperationTraceTests
{
    private const string EfSource = "OpenTelemetry.Instrumentation.EntityFrameworkCore";

    [Fact]
    public async Task A_createSendTask_trace_has_the_operation_its_statements_and_its_dispatch_batch_and_no_variable_values()
    {
        var spans = new List<Activity>();
        await using var host = await PlatformHost.StartAsync(SendTaskScenario.FastDispatch,
            services => services.AddOpenTelemetry().WithTracing(tracing => tracing.AddInMemoryExporter(spans)));
        var story = await SendTaskScenario.StartAsync(host, "traces");

        const string secretName = "任务-名称-7781";
        string[] phones = ["13912345671", "13912345672"];
        var numbers = phones.Select((phone, i) => $"{phone},T{i}").ToArray();
        using var http = host.CreateClient(story.Messaging.Filing.Tenant.Key);
        // Sampled, so the client's span and everything the server does for the request join its trace.
        var root = new Activity("trace test").SetIdFormat(ActivityIdFormat.W3C);
        root.ActivityTraceFlags = ActivityTraceFlags.Recorded;
        root.Start();
        var traceId = root.TraceId;
        using var response = await http.PostAsJsonAsync("/graphql", new
        {
            query = "mutation CreateTask($input: SendTaskInput!) { createSendTask(input: $input) { sendTask { id } errors { __typename } } }",
            variables = new
            {
                input = new
                {
                    name = secretName,
                    smartTemplateId = SendTaskScenario.PublicSmartTemplate,
                    smsAppId = story.App,
                    signatureId = story.Signature,
                    smsTemplateId = story.Template,
                    sendMode = "IMMEDIATE",
                    fallback = "NONE",
                    numberSource = "MANUAL",
                    numbers,
                },
            },
        });
        root.Stop();
        var body = await response.Content.ReadAsStringAsync();
        var payload = JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("createSendTask");
        var errors = payload.GetProperty("errors");
        Assert.True(errors.ValueKind == JsonValueKind.Null || errors.GetArrayLength() == 0, body);
        var taskId = payload.GetProperty("sendTask").GetProperty("id").GetString()!;
        await SendTaskScenario.WaitForAsync(story.AsTenant, taskId, SendTaskScenario.Finished);

        Activity[] trace = [];
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        for (var attempt = 0; attempt < 300 && DateTime.UtcNow < deadline; attempt++)
        {
            trace = Snapshot(spans).Where(s => s.TraceId == traceId).ToArray();
            if (trace.Any(s => s.DisplayName == "dispatch batch"))
                break;
            await Task.Delay(100);
        }

        var operation = Assert.Single(trace, s => s.Source.Name == PlatformTelemetry.Name && s.DisplayName == "mutation CreateTask");
        Assert.Equal("CreateTask", operation.GetTagItem("graphql.operation.name"));
        Assert.Equal("mutation", operation.GetTagItem("graphql.operation.type"));
        Assert.NotNull(operation.GetTagItem("koomessage.tenant.id"));
        Assert.NotNull(operation.GetTagItem("graphql.operation.cost"));
        Assert.Contains(trace, s => s.Source.Name == EfSource && s.ParentSpanId == operation.SpanId);
        var request = Assert.Single(trace, s => s.SpanId == operation.ParentSpanId);
        Assert.Equal(ActivityKind.Server, request.Kind);
        var dispatch = Assert.Single(trace, s => s.DisplayName == "dispatch batch");
        Assert.Equal(operation.SpanId, dispatch.ParentSpanId);
        Assert.Equal(2, dispatch.GetTagItem("koomessage.dispatch.batch_size"));
        Assert.Equal(2, dispatch.GetTagItem("koomessage.dispatch.sent"));

        var attributes = trace.SelectMany(s => s.TagObjects).Select(t => Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToList();
        foreach (var secret in phones.Append(secretName).Append(story.Messaging.Filing.Tenant.Key))
            Assert.DoesNotContain(attributes, value => value.Contains(secret, StringComparison.Ordinal));
    }

    /// <summary>The exporter appends from the exporting thread; a copy taken while it does is simply taken again.</summary>
    private static List<Activity> Snapshot(List<Activity> spans)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                lock (spans)
                    return [.. spans];
            }
            catch (InvalidOperationException) when (attempt < 100)
            {
            }
            catch (ArgumentException) when (attempt < 100)
            {
            }
        }
    }
}
