using System.Collections.Concurrent;
using System.Data.Common;
using KooMessage.Platform.Domain;
using KooMessage.Platform.Features.ServiceNumbers;
using KooMessage.Platform.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using static KooMessage.Platform.Tests.Infrastructure.ServiceNumberScenario;

namespace KooMessage.Platform.Tests.ServiceNumbers;

/// <summary>Listing service numbers with everything they expand to runs the same number of SQL statements for 2 as for 50.</summary>
public sealed class ServiceNumberDataLoaderTests
{
    private const string Listing = """
        { serviceNumbers(first: 50) { totalCount nodes {
            name status logo { name } authorizationLetter { name } liveProfile { name logo { name } } reviewHistory { to }
            menu { revision items { name children { name } } serviceNumber { name } } pendingMenu { revision reviewStatus }
            homepage { intro backgroundImage { name } hotlines { number } quickApps { name } } pendingHomepage { revision }
            bindings { region channelNumber { number signatures proofImages { name } bindings { region } } serviceNumber { name } } } } }
        """;

    [Fact]
    public async Task Listing_fifty_service_numbers_with_menus_homepages_and_bindings_runs_a_constant_number_of_statements()
    {
        var counter = new SqlStatementCounter();
        // The listing expands many nested lists; its cost is not what this test is about.
        await using var host = await PlatformHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:MaxComplexity"] = "200000", ["ServiceNumbers:ActivationDelay"] = "00:00:01" },
            services: s => s.AddSingleton<IInterceptor>(counter));

        async Task<int> StatementsToList(int serviceNumbers)
        {
            var story = await StartAsync(host, $"sn-dl{serviceNumbers}");
            await story.ApprovedFilingAsync();
            var logo = await story.UploadLogoAsync();
            var letter = await story.UploadLetterAsync();
            var background = await story.UploadBackgroundAsync();
            var ids = new List<string>();
            for (var i = 0; i < serviceNumbers; i++)
            {
                var created = await story.TryCreateServiceNumberAsync(ProfileFields(UniqueName("列表"), logo, letter));
                var id = created.GetProperty("serviceNumber").GetProperty("id").GetString()!;
                await story.ApproveAsync(id);
                ids.Add(id);
            }
            var channels = new[]
            {
                await story.ApprovedChannelNumberAsync("ORDINARY", "10690001111", "示例银行"),
                await story.ApprovedChannelNumberAsync("PREFIX", "1069222", "示例银行", "示例信用卡"),
            };
            // One binding per province and channel number: 34 on the first, the rest on the second.
            var provinces = Enum.GetValues<Region>().Where(r => r != Region.Nationwide).Select(EnumNames.Of).ToList();
            for (var i = 0; i < ids.Count; i++)
            {
                await story.ApproveAsync(await story.SaveMenuAsync(ids[i]));
                // Every other one has a newer menu in review too.
                if (i % 2 == 0)
                    await story.SaveMenuAsync(ids[i], """[{ name: "新菜单", action: CALL, phoneNumber: "95555" }]""");
                var homepage = await story.TrySaveHomepageAsync(ids[i], background);
                await story.ApproveAsync(homepage.GetProperty("homepage").GetProperty("id").GetString()!);
                await story.BindAsync(ids[i], channels[i / provinces.Count], provinces[i % provinces.Count]);
            }

            counter.Reset();
            var data = await story.AsTenant.QueryAsync(Listing);
            Assert.Equal(serviceNumbers, data.GetProperty("serviceNumbers").GetProperty("nodes").GetArrayLength());
            Assert.All(data.GetProperty("serviceNumbers").GetProperty("nodes").EnumerateArray(), n =>
            {
                Assert.Equal(1, n.GetProperty("menu").GetProperty("revision").GetInt32());
                Assert.Single(n.GetProperty("bindings").EnumerateArray());
                Assert.Equal("logo.png", n.GetProperty("logo").GetProperty("name").GetString());
            });
            return counter.Count;
        }

        var small = await StatementsToList(2);
        var large = await StatementsToList(50);
        Assert.Equal(small, large);
    }

    /// <summary>
    /// Counts statements per DbContext: background jobs (dispatcher, receipt simulator, activation)
    /// poll the database with contexts of their own, while one GraphQL request runs on one context,
    /// so the busiest context of the window is the listing's.
    /// </summary>
    private sealed class SqlStatementCounter : DbCommandInterceptor
    {
        private readonly ConcurrentDictionary<DbContext, int> _counts = new(ReferenceEqualityComparer.Instance);

        public int Count => _counts.Values.DefaultIfEmpty(0).Max();

        public void Reset() => _counts.Clear();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context is { } context)
                _counts.AddOrUpdate(context, 1, (_, count) => count + 1);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
