using GraphQLParser.AST;

namespace KooMessage.Client.Generator.Documents;

/// <summary>A named fragment and the file it was written in; fragments are shared by all operation files.</summary>
internal sealed record FragmentEntry(string Name, GraphQLFragmentDefinition Node, SourceDocument Source);
