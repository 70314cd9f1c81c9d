using GraphQLParser.AST;

namespace KooMessage.Client.Generator.Documents;

/// <summary>A named operation and the file it was written in.</summary>
internal sealed record OperationEntry(string Name, GraphQLOperationDefinition Node, SourceDocument Source);
