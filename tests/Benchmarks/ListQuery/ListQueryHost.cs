using KooMessage.Platform;

namespace KooMessage.Benchmarks.ListQuery;

/// <summary>
/// <c>KooMessage.Benchmarks list-host --urls …</c>: the platform exactly as <c>Program</c> builds it,
/// plus <see cref="SmsTemplateListEndpoint"/>, so the GraphQL query and its REST twin run in one
/// process with one configuration. The benchmark starts it as a child process.
/// </summary>
public static class ListQueryHost
{
    public const string Command = "list-host";

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args[1..], ContentRootPath = AppContext.BaseDirectory });
        PlatformApplication.ConfigureServices(builder);
        var app = builder.Build();
        PlatformApplication.ConfigurePipeline(app);
        SmsTemplateListEndpoint.Map(app);
        await PlatformApplication.InitializeAsync(app.Services);
        await app.RunAsync();
        return 0;
    }
}
