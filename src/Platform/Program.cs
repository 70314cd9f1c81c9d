using KooMessage.Platform;
using KooMessage.Platform.GraphQL;

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

/// <summary>Entry point; public so WebApplicationFactory can host it in tests.</summary>
public partial class Program;
