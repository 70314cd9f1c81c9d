using KooMessage.Platform.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KooMessage.Platform.Tests.Messaging;

/// <summary>Listing templates with their signature and app costs the same number of statements for 10 or 100 templates.</summary>
public sealed class MessagingDataLoaderTests
{
    [Fact]
    public async Task Listing_100_templates_with_signature_and_app_runs_a_constant_number_of_statements()
    {
        var counter = new SqlStatementCounter();
        await using var host = await PlatformHost.StartAsync(PlatformHost.WithoutBackgroundWork, s => s.AddSingleton<IInterceptor>(counter));
        var story = await MessagingScenario.StartAsync(host);
        var apps = new[] { await story.CreateAppAsync("一号"), await story.CreateAppAsync("二号") };
        var signatures = new[] { await story.ApprovedSignatureAsync(apps[0], "签名甲"), await story.ApprovedSignatureAsync(apps[1], "签名乙") };
        for (var i = 0; i < 100; i++)
        {
            var created = await story.TryCreateTemplateAsync(MessagingScenario.TemplateInput(apps[i % 2], signatures[i % 2],
                MessagingScenario.SmartTemplateContent, MessagingScenario.SmartVariables, name: $"模板{i}"));
            created.AssertNoErrors();
        }

        async Task<int> Statements(int first)
        {
            counter.Reset();
            var data = await story.AsTenant.QueryAsync(
                $"{{ smsTemplates(first: {first}) {{ nodes {{ name estimatedLength signature {{ name app {{ name }} }} app {{ name }} reviewHistory {{ to }} }} }} }}");
            Assert.Equal(first, data.GetProperty("smsTemplates").GetProperty("nodes").GetArrayLength());
            return counter.Count;
        }

        Assert.Equal(await Statements(10), await Statements(100));
    }
}
