using KooMessage.Platform;
using KooMessage.Platform.CommandLine;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.PersistedOperations;

if (PlatformCommandLine.WantsHelp(args))
{
    Console.WriteLine(PlatformCommandLine.Usage);
    return 0;
}
if (PlatformCommandLine.FindUnknownArgument(args) is { } unknown)
{
    Console.Error.WriteLine($"error: unknown argument '{unknown}'; see --help.");
    return 1;
}

if (ConfigurationReference.Matches(args))
    return await ConfigurationReference.RunAsync(args);
if (OperationsExportCommand.Matches(args))
    return await OperationsExportCommand.RunAsync(args);

try
{
    // appsettings.json ships beside the binary; relative paths in it (Storage:Path) still resolve against the caller's folder.
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
    PlatformApplication.ConfigureServices(builder);
    var app = builder.Build();

    if (SchemaExportCommand.Matches(args))
        return await SchemaExportCommand.RunAsync(args, app.Services);

    PlatformApplication.ConfigurePipeline(app);
    await PlatformApplication.InitializeAsync(app.Services);
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (PlatformCommandLine.Explain(ex) is { } explanation)
{
    Console.Error.WriteLine($"error: {explanation}");
    return 1;
}

/// <summary>Entry point; public so WebApplicationFactory can host it in tests.</summary>
public partial class Program;
