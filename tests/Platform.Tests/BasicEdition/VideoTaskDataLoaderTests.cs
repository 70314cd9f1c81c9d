using KooMessage.Platform.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KooMessage.Platform.Tests.BasicEdition;

/// <summary>Listing video tasks with their template and first recipients costs the same number of statements for 2 or 12 tasks.</summary>
public sealed class VideoTaskDataLoaderTests
{
    [Fact]
    public async Task Listing_video_tasks_with_template_and_recipients_runs_a_constant_number_of_statements()
    {
        var counter = new SqlStatementCounter();
        await using var host = await PlatformHost.StartAsync(PlatformHost.WithoutBackgroundWork, s => s.AddSingleton<IInterceptor>(counter));
        var story = await VideoTaskScenario.StartAsync(host, "vtloader");
        for (var i = 0; i < 12; i++)
            await story.CreateAsync(story.Input(name: $"任务{i}", numbers: [$"1380013800{i % 10},客户{i},A{i}", "13900139000,李四,B2"]));

        async Task<int> Statements(int first)
        {
            counter.Reset();
            var data = await story.AsTenant.QueryAsync(
                $"{{ videoTasks(first: {first}) {{ nodes {{ name template {{ name approvedTitle parameters }} recipients(first: 20) {{ totalCount nodes {{ phone state variables }} }} }} }} }}");
            Assert.Equal(first, data.GetProperty("videoTasks").GetProperty("nodes").GetArrayLength());
            return counter.Count;
        }

        Assert.Equal(await Statements(2), await Statements(12));
    }
}
