using GraphQL.Types;

namespace KooMessage.Platform.GraphQL;

/// <summary>
/// <c>dotnet run --project src/Platform -- schema export [--output path]</c>: prints the SDL (to
/// stdout, or to a file) without starting the server or touching the database.
/// </summary>
public static class SchemaExportCommand
{
    public static bool Matches(string[] args) => args.Length >= 2 && args[0] == "schema" && args[1] == "export";

    public static async Task<int> RunAsync(string[] args, IServiceProvider services)
    {
        var sdl = SchemaPrinting.Print(services.GetRequiredService<ISchema>());
        var output = OutputPath(args);
        if (output is null)
        {
            Console.Write(sdl);
            return 0;
        }
        await File.WriteAllTextAsync(output, sdl);
        Console.Error.WriteLine($"Schema written to {Path.GetFullPath(output)}");
        return 0;
    }

    private static string? OutputPath(string[] args)
    {
        var index = Array.IndexOf(args, "--output");
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
