using KooMessage.Client.Tests.Infrastructure;
using KooMessage.Platform.Reviews;

namespace KooMessage.Client.Tests.EndToEnd;

/// <summary>
/// The generated client's reviewStatusChanged subscription over graphql-transport-ws against the
/// real platform: events come from the filing story's submit, reject and approve mutations, and
/// keep coming after the server drops the socket and after it restarts.
/// </summary>
public sealed class GeneratedClientSubscriptionTests
{
    [Fact]
    public async Task The_subscription_survives_a_dropped_socket_and_a_server_restart_by_reconnecting_and_resubscribing()
    {
        await using var server = await PlatformServer.StartAsync();
        await using var admin = ClientScope.For(server, PlatformServer.AdminKey);
        var tenant = await PlatformSetup.CreateTenantAsync(admin.Client, "live").Within();
        await using var reviewer = ClientScope.For(server, await PlatformSetup.CreatePlatformKeyAsync(admin.Client, Role.PlatformReviewer).Within());
        await using var client = ClientScope.For(server, tenant.Key, o =>
        {
            // Retry fast and long enough to outlast a restart; the defaults (0.5 s doubling to 30 s) would just be slower.
            o.Reconnect.InitialDelay = TimeSpan.FromMilliseconds(50);
            o.Reconnect.MaxDelay = TimeSpan.FromMilliseconds(500);
            o.Reconnect.MaxAttempts = 40;
        });
        var story = new FilingStory(client.Client, reviewer.Client);
        var filingId = await story.SaveDraftAsync().Within();
        await using var events = client.Client.OnReviewStatusChanged(kinds: [ReviewSubjectKind.Filing]).GetAsyncEnumerator();

        var submitted = events.MoveNextAsync().AsTask();
        await server.WaitForSubscribersAsync(ReviewStatusChanged.Topic, 1);
        await story.SubmitAsync(filingId).Within();
        var first = await NextAsync(submitted, events);

        // The server aborts the socket, as a crashed connection or a cut network would.
        Assert.Equal(1, await server.DropWebSocketsAsync());
        var rejected = events.MoveNextAsync().AsTask();
        await server.WaitForSubscribersAsync(ReviewStatusChanged.Topic, 1);
        (await reviewer.Client.RejectAsync(new RejectInput { SubjectId = filingId, Reason = "营业执照不清晰" }).Within()).EnsureNoErrors();
        var afterDrop = await NextAsync(rejected, events);

        // The server goes away and comes back on the same port, as in a deploy: connections are refused meanwhile.
        await server.RestartAsync();
        var resubmitted = events.MoveNextAsync().AsTask();
        await server.WaitForSubscribersAsync(ReviewStatusChanged.Topic, 1);
        await story.SubmitAsync(filingId).Within();
        var afterRestart = await NextAsync(resubmitted, events);
        var approvedNext = events.MoveNextAsync().AsTask();
        await story.ApproveAsync(filingId).Within();
        var approved = await NextAsync(approvedNext, events);

        Assert.Equal((filingId, ReviewSubjectKind.Filing, tenant.Slug), (first.SubjectId, first.Kind, first.Tenant?.Slug));
        Assert.Equal((ReviewStatus.Draft, ReviewStatus.Pending), (first.From, first.To));
        Assert.Equal((ReviewStatus.Pending, ReviewStatus.Rejected, "营业执照不清晰", Role.PlatformReviewer), (afterDrop.From, afterDrop.To, afterDrop.Reason, afterDrop.ActorRole));
        Assert.Equal((ReviewStatus.Rejected, ReviewStatus.Pending), (afterRestart.From, afterRestart.To));
        Assert.Equal((ReviewStatus.Pending, ReviewStatus.Approved), (approved.From, approved.To));
        var subject = Assert.IsType<OnReviewStatusChangedSubscription.Filing>(approved.Subject);
        Assert.Equal((ReviewStatus.Approved, ProductArea.SmartMessage, true), (subject.ReviewStatus, subject.ProductArea, subject.HasApprovedRevision));
    }

    private static async Task<OnReviewStatusChangedSubscription.ReviewStatusChange> NextAsync(
        Task<bool> moved, IAsyncEnumerator<OperationResult<OnReviewStatusChangedSubscription.Data>> events)
    {
        Assert.True(await moved.Within(), "The subscription ended.");
        return events.Current.EnsureNoErrors().ReviewStatusChanged;
    }
}
