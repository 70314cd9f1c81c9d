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

    /// <summary>
    /// The fields a fragment selects for a runtime type, with its type cases for that type and the
    /// fragments it spreads: <paramref name="applies"/> says which type conditions hold.
    /// </summary>
    public IReadOnlyList<(string ResponseName, string FieldName)> FieldsOf(string fragmentName, Func<string, bool> applies) =>
        _fragments.TryGetValue(fragmentName, out var entry) ? [.. Fields(entry.Fragment.SelectionSet, applies, [fragmentName])] : [];

    private IEnumerable<string> RootFields(GraphQLSelectionSet set, HashSet<string> visitedFragments) =>
        Fields(set, _ => true, visitedFragments).Select(f => f.FieldName);

    private IEnumerable<(string ResponseName, string FieldName)> Fields(GraphQLSelectionSet set, Func<string, bool> applies, HashSet<string> visitedFragments)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return ((field.Alias?.Name ?? field.Name).StringValue, field.Name.StringValue);
                    break;
                case GraphQLInlineFragment inline when inline.TypeCondition is null || applies(inline.TypeCondition.Type.Name.StringValue):
                    foreach (var inner in Fields(inline.SelectionSet, applies, visitedFragments))
                    {
                        yield return inner;
                    }

                    break;
                case GraphQLFragmentSpread spread
                    when visitedFragments.Add(spread.FragmentName.Name.StringValue) && _fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment)
                        && applies(fragment.Fragment.TypeCondition.Type.Name.StringValue):
                    foreach (var inner in Fields(fragment.Fragment.SelectionSet, applies, visitedFragments))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }
}
