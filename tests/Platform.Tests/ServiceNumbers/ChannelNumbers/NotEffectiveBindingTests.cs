using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.ServiceNumbers;

/// <summary>
/// On a host with the default 24-hour activation delay an approved service number stays NOT_EFFECTIVE for the
/// whole test: binding a channel number to it is refused (issue 18 item 6) and nothing is bound.
/// </summary>
public sealed class NotEffectiveBindingTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    [Fact]
    public async Task An_approved_but_not_yet_effective_service_number_cannot_be_bound()
    {
        var story = await ServiceNumberScenario.StartAsync(fixture.Host, "cn-noteff");
        await story.ApprovedFilingAsync();
        var (serviceNumberId, _) = await story.ApprovedServiceNumberAsync();
        var channelNumberId = await story.ApprovedChannelNumberAsync("ORDINARY", "10690001234", "示例银行");
        Assert.Equal("NOT_EFFECTIVE", await story.StatusAsync(serviceNumberId));

        var refused = await story.TryBindAsync(serviceNumberId, channelNumberId, "BEIJING");
        Assert.Equal(("InvalidStateError", "NOT_EFFECTIVE"), (refused.ErrorType(), refused.Error().GetProperty("state").GetString()));
        Assert.Contains("EFFECTIVE", refused.ErrorMessage(), StringComparison.Ordinal);
        var bindings = await story.AsTenant.QueryAsync($$"""{ node(id: "{{channelNumberId}}") { ... on ChannelNumber { bindings { id } } } }""");
        Assert.Equal(0, bindings.GetProperty("node").GetProperty("bindings").GetArrayLength());
    }
}
