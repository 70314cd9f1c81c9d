using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace KooMessage.Platform.GraphQL;

/// <summary>Prints the schema as SDL in a stable order: the exact text of schema/schema.graphql.</summary>
public static class SchemaPrinting
{
    public static string Print(ISchema schema)
    {
        var sdl = schema.Print(new PrintOptions
        {
            IncludeDescriptions = true,
            IncludeDeprecationReasons = true,
            StringComparison = StringComparison.Ordinal,
        });
        return sdl.ReplaceLineEndings("\n").TrimEnd() + "\n";
    }
}
