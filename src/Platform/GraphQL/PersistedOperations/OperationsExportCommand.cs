using System.Text.Encodings.Web;
using System.Text.Json;

namespace KooMessage.Platform.GraphQL.PersistedOperations;

/// <summary>
/// <c>dotnet run --project src/Platform -- operations export [--output path]</c>: prints the trusted-document
/// manifest of the typed client's operations (src/Client/Operations), <c>{"&lt;sha256 hex&gt;": "&lt;document&gt;"}</c>
/// as graphql-codegen writes persisted documents, for a gateway, a CDN or another platform's
/// <c>addTrustedDocuments</c>. Needs no server, database or configuration.
/// </summary>
public static class OperationsExportCommand
{
    public static bool Matches(string[] args) => args.Length >= 2 && args[0] == "operations" && args[1] == "export";

    public static async Task<int> RunAsync(string[] args)
    {
        var manifest = new SortedDictionary<string, string>(TrustedDocumentStore.ClientDocuments, StringComparer.Ordinal);
        var json = JsonSerializer.Serialize(manifest, new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }) + "\n";
        var index = Array.IndexOf(args, "--output");
        if (index < 0 || index + 1 >= args.Length)
        {
            Console.Write(json);
            return 0;
        }
        await File.WriteAllTextAsync(args[index + 1], json);
        Console.Error.WriteLine($"{manifest.Count} trusted documents written to {Path.GetFullPath(args[index + 1])}");
        return 0;
    }
}
