using GraphQLParser.AST;
using KooMessage.Client.Generator.Documents;
using KooMessage.Client.Generator.Schema;

namespace KooMessage.Client.Generator.Validation;

/// <summary>A place where a variable is used, and the type that place expects.</summary>
internal sealed record VariableUsage(GraphQLVariable Node, SourceDocument Source, TypeRef Expected, bool LocationHasDefault)
{
    public string Name => Node.Name.StringValue;
}
