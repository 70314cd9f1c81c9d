using GraphQLParser;
using GraphQLParser.AST;

namespace KooMessage.Client.Tests.Operations;

/// <summary>The operations and fragments of the client's .graphql files, and which file holds what.</summary>
internal sealed class OperationIndex
{
    private readonly List<string> _files = [];
    private readonly List<(string File, GraphQLOperationDefinition Operation)> _operations = [];
    private readonly Dictionary<string, (string File, GraphQLFragmentDefinition Fragment)> _fragments = new(StringComparer.Ordinal);

    public OperationIndex(IEnumerable<(string Path, string Text)> files)
    {
        foreach (var (path, text) in files)
        {
            _files.Add(path);
            foreach (var definition in Parser.Parse(text).Definitions)
            {
                switch (definition)
                {
                    case GraphQLOperationDefinition operation:
                        _operations.Add((path, operation));
                        break;
                    case GraphQLFragmentDefinition fragment:
                        _fragments[fragment.FragmentName.Name.StringValue] = (path, fragment);
                        break;
                }
            }
        }
    }

    /// <summary>The paths of the files, as given.</summary>
    public IReadOnlyList<string> Files => _files;

    /// <summary>Root fields selected by mutation operations, through inline fragments and fragment spreads too, with the file of each.</summary>
    public IReadOnlyDictionary<string, string> MutationFields()
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (file, operation) in _operations.Where(o => o.Operation.Operation == OperationType.Mutation))
        {
            foreach (var name in RootFields(operation.SelectionSet, []))
            {
                fields.TryAdd(name, file);
            }
        }

        return fields;
    }

    /// <summary>The fragment a new operation should spread for this type: <c>{Type}Parts</c> when it exists, else the first by name.</summary>
    public string? FragmentOn(string typeName) =>
        _fragments.Values.Where(f => f.Fragment.TypeCondition.Type.Name.StringValue == typeName)
            .Select(f => f.Fragment.FragmentName.Name.StringValue)
            .OrderBy(n => n == typeName + "Parts" ? 0 : 1).ThenBy(n => n, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>The file that defines the type's preferred fragment, where operations about that type live.</summary>
    public string? FileOf(string fragmentName) => _fragments.TryGetValue(fragmentName, out var entry) ? entry.File : null;

    private IEnumerable<string> RootFields(GraphQLSelectionSet set, HashSet<string> visitedFragments)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return field.Name.StringValue;
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var name in RootFields(inline.SelectionSet, visitedFragments))
                    {
                        yield return name;
                    }

                    break;
                case GraphQLFragmentSpread spread
                    when visitedFragments.Add(spread.FragmentName.Name.StringValue) && _fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment):
                    foreach (var name in RootFields(fragment.Fragment.SelectionSet, visitedFragments))
                    {
                        yield return name;
                    }

                    break;
            }
        }
    }
}
