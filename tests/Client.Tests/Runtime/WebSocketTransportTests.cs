using System.Text.Json;
using KooMessage.Client.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace KooMessage.Client.Tests.Runtime;

using KooMessage.Client.Tests.Fixture;

/// <summary>The generated client's subscriptions over graphql-transport-ws against a Kestrel test server.</summary>
public sealed class WebSocketTransportTests
{
    private const string Approved = """{"reviewStatusChanged":{"subjectId":"s1","from":"PENDING","to":"APPROVED","at":"2026-01-01T00:00:00Z"}}""";
    private const string Rejected = """{"reviewStatusChanged":{"subjectId":"s1","from":"PENDING","to":"REJECTED","at":"2026-01-01T00:00:01Z"}}""";

    [Fact]
    public async Task Subscription_authenticates_receives_events_and_completes_when_the_consumer_stops()
    {
        var server = new TransportWsTestServer();
        await using var host = await StartAsync(server);
        await using var services = Services(host);
        var events = services.GetRequiredService<IKooMessageClient>().OnReviewStatusChanged("tenant-1").GetAsyncEnumerator();

        var first = events.MoveNextAsync().AsTask();
        var init = await server.InitPayloads.Reader.ReadAsync().Within();
        var subscribe = await server.Subscribes.Reader.ReadAsync().Within();
        await server.PublishAsync(Approved);

        Assert.True(await first.Within());
        Assert.Equal("ws-key", init.GetProperty("apiKey").GetString());
        Assert.Equal("OnReviewStatusChanged", subscribe.Payload.GetProperty("operationName").GetString());
        Assert.Equal("""{"tenantId":"tenant-1"}""", subscribe.Payload.GetProperty("variables").GetRawText());
        var change = events.Current.EnsureNoErrors().ReviewStatusChanged;
        Assert.Equal((ReviewStatus.Pending, ReviewStatus.Approved), (change.From, change.To));

        await events.DisposeAsync();
        Assert.Equal((subscribe.Connection, subscribe.Id), await server.Completes.Reader.ReadAsync().Within());
    }

    [Fact]
    public async Task The_upgrade_request_carries_the_tenant_header_and_ConfigureWebSocketClient_settings()
    {
        var server = new TransportWsTestServer();
        await using var host = await StartAsync(server);
        var services = new ServiceCollection();
        services.AddKooMessageClient(o =>
            {
                o.Endpoint = host.GraphQLEndpoint;
                o.TenantId = "tenant-9";
            })
            .ConfigureWebSocketClient(socket => socket.SetRequestHeader("X-Client", "tests"));
        await using var provider = services.BuildServiceProvider();
        var events = provider.GetRequiredService<IKooMessageClient>().OnReviewStatusChanged().GetAsyncEnumerator();

        var next = events.MoveNextAsync().AsTask();
        var headers = await server.UpgradeHeaders.Reader.ReadAsync().Within();
        await server.Subscribes.Reader.ReadAsync().Within();
        await server.PublishAsync(Approved);

        Assert.True(await next.Within());
        Assert.Equal("tenant-9", headers["X-Tenant-Id"]);
        Assert.Equal("tests", headers["X-Client"]);
        Assert.Equal(JsonValueKind.Undefined, (await server.InitPayloads.Reader.ReadAsync().Within()).ValueKind);
        await events.DisposeAsync();
    }

    [Fact]
    public async Task Cancelling_the_enumeration_completes_the_subscription_on_the_server()
    {
        var server = new TransportWsTestServer();
        await using var host = await StartAsync(server);
        await using var services = Services(host);
        using var cancellation = new CancellationTokenSource();
        var events = services.GetRequiredService<IKooMessageClient>().OnReviewStatusChanged(cancellationToken: cancellation.Token).GetAsyncEnumerator();

        var next = events.MoveNextAsync().AsTask();
        var subscribe = await server.Subscribes.Reader.ReadAsync().Within();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next).Within();
        Assert.Equal(subscribe.Id, (await server.Completes.Reader.ReadAsync().Within()).Id);
    }

    [Fact]
    public async Task Active_subscriptions_share_one_socket()
    {
        var server = new TransportWsTestServer();
        await using var host = await StartAsync(server);
        await using var services = Services(host);
        var client = services.GetRequiredService<IKooMessageClient>();
        var a = client.OnReviewStatusChanged("a").GetAsyncEnumerator();
        var b = client.OnReviewStatusChanged("b").GetAsyncEnumerator();

        var nextA = a.MoveNextAsync().AsTask();
        var nextB = b.MoveNextAsync().AsTask();
        var first = await server.Subscribes.Reader.ReadAsync().Within();
        var second = await server.Subscribes.Reader.ReadAsync().Within();
        await server.PublishAsync(Approved);

        Assert.True(await nextA.Within());
        Assert.True(await nextB.Within());
        Assert.Equal(1, server.ConnectionCount);
        Assert.Equal(first.Connection, second.Connection);
        Assert.NotEqual(first.Id, second.Id);
        await a.DisposeAsync();
        await b.DisposeAsync();
    }

    [Fact]
    public async Task A_dropped_socket_is_reopened_and_active_subscriptions_are_sent_again()
    {
        var server = new TransportWsTestServer();
        await using var host = await StartAsync(server);
        await using var services = Services(host);
        var events = services.GetRequiredService<IKooMessageClient>().OnReviewStatusChanged("tenant-1").GetAsyncEnumerator();
        var first = events.MoveNextAsync().AsTask();
        var original = await server.Subscribes.Reader.ReadAsync().Within();
        await server.PublishAsync(Approved);
        Assert.True(await first.Within());

        server.DropAll();
        var second = events.MoveNextAsync().AsTask();
        var resubscribed = await server.Subscribes.Reader.ReadAsync().Within();
        await server.PublishAsync(Rejected);

        Assert.True(await second.Within());
        Assert.Equal(ReviewStatus.Rejected, events.Current.Data!.ReviewStatusChanged.To);
        Assert.Equal(2, server.ConnectionCount);
        Assert.NotEqual(original.Connection, resubscribed.Connection);
        Assert.Equal(original.Payload.GetRawText(), resubscribed.Payload.GetRawText());
        Assert.Equal("ws-key", (await server.InitPayloads.Reader.ReadAsync().Within()).GetProperty("apiKey").GetString());
        await events.DisposeAsync();
    }

    [Fact]
    public async Task A_server_complete_ends_the_stream()
    {
        var server = new TransportWsTestServer();
        await using var host = await StartAsync(server);
        await using var services = Services(host);
        var events = services.GetRequiredService<IKooMessageClient>().OnReviewStatusChanged().GetAsyncEnumerator();

        var next = events.MoveNextAsync().AsTask();
        var subscribe = await server.Subscribes.Reader.ReadAsync().Within();
        await server.CompleteAsync(subscribe.Id);

        Assert.False(await next.Within());
        await events.DisposeAsync();
    }

    [Fact]
    public async Task The_client_pings_an_idle_socket()
    {
        var server = new TransportWsTestServer();
        await using var host = await StartAsync(server);
        await using var services = Services(host, o => o.KeepAliveInterval = TimeSpan.FromMilliseconds(250));
        using var cancellation = new CancellationTokenSource();
        var events = services.GetRequiredService<IKooMessageClient>().OnReviewStatusChanged(cancellationToken: cancellation.Token).GetAsyncEnumerator();

        var next = events.MoveNextAsync().AsTask();
        var subscribe = await server.Subscribes.Reader.ReadAsync().Within();

        Assert.Equal(subscribe.Connection, await server.Pings.Reader.ReadAsync().Within());
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next).Within();
        await events.DisposeAsync();
    }

    [Fact]
    public async Task A_server_that_stops_answering_is_treated_as_dead_and_the_subscription_moves_to_a_new_socket()
    {
        var server = new TransportWsTestServer { AnswerPings = false };
        await using var host = await StartAsync(server);
        await using var services = Services(host, o => o.KeepAliveInterval = TimeSpan.FromMilliseconds(100));
        using var cancellation = new CancellationTokenSource();
        var events = services.GetRequiredService<IKooMessageClient>().OnReviewStatusChanged(cancellationToken: cancellation.Token).GetAsyncEnumerator();

        var next = events.MoveNextAsync().AsTask();
        var original = await server.Subscribes.Reader.ReadAsync().Within();
        var moved = await server.Subscribes.Reader.ReadAsync().Within();

        Assert.NotEqual(original.Connection, moved.Connection);
        Assert.Equal(original.Payload.GetRawText(), moved.Payload.GetRawText());
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next).Within();
        await events.DisposeAsync();
    }

    [Fact]
    public async Task A_terminal_close_code_fails_the_subscription_without_reconnecting()
    {
        var server = new TransportWsTestServer { CloseOnInitWith = 4403 };
        await using var host = await StartAsync(server);
        await using var services = Services(host);
        var events = services.GetRequiredService<IKooMessageClient>().OnReviewStatusChanged().GetAsyncEnumerator();

        var error = await Assert.ThrowsAsync<GraphQLTransportException>(() => events.MoveNextAsync().AsTask()).Within();

        Assert.Equal(4403, error.StatusCode);
        Assert.Equal(1, server.ConnectionCount);
        await events.DisposeAsync();
    }

    [Fact]
    public async Task Reconnecting_gives_up_after_the_configured_attempts()
    {
        Uri endpoint;
        await using (var stopped = await KestrelHost.StartAsync(_ => { }))
        {
            endpoint = stopped.GraphQLEndpoint;
        }

        var services = new ServiceCollection();
        services.AddKooMessageClient(o =>
        {
            o.Endpoint = endpoint;
            o.Reconnect.MaxAttempts = 2;
            o.Reconnect.InitialDelay = TimeSpan.FromMilliseconds(10);
            o.Reconnect.MaxDelay = TimeSpan.FromMilliseconds(20);
        });
        await using var provider = services.BuildServiceProvider();
        var events = provider.GetRequiredService<IKooMessageClient>().OnReviewStatusChanged().GetAsyncEnumerator();

        var error = await Assert.ThrowsAsync<GraphQLTransportException>(() => events.MoveNextAsync().AsTask()).Within();

        Assert.Contains("after 2 attempts", error.Message, StringComparison.Ordinal);
        await events.DisposeAsync();
    }

    [Fact]
    public async Task The_observable_adapter_delivers_events_and_completes_the_subscription_on_dispose()
    {
        var server = new TransportWsTestServer();
        await using var host = await StartAsync(server);
        await using var services = Services(host);
        var observer = new ChannelObserver<OperationResult<OnReviewStatusChangedSubscription.Data>>();

        var subscription = services.GetRequiredService<IKooMessageClient>().OnReviewStatusChangedObservable("tenant-1").Subscribe(observer);
        var subscribe = await server.Subscribes.Reader.ReadAsync().Within();
        await server.PublishAsync(Approved);

        Assert.Equal(ReviewStatus.Approved, (await observer.Values.Reader.ReadAsync().Within()).Data!.ReviewStatusChanged.To);
        subscription.Dispose();
        Assert.Equal(subscribe.Id, (await server.Completes.Reader.ReadAsync().Within()).Id);
    }

    private static Task<KestrelHost> StartAsync(TransportWsTestServer server) =>
        KestrelHost.StartAsync(app => app.Map("/graphql", server.HandleAsync));

    private static ServiceProvider Services(KestrelHost host, Action<KooMessageClientOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddKooMessageClient(o =>
        {
            o.Endpoint = host.GraphQLEndpoint;
            o.ApiKey = "ws-key";
            o.Reconnect.InitialDelay = TimeSpan.FromMilliseconds(20);
            o.Reconnect.MaxDelay = TimeSpan.FromMilliseconds(100);
            configure?.Invoke(o);
        });
        return services.BuildServiceProvider();
    }
}
