namespace KooMessage.Platform.GraphQL.Limits;

/// <summary>
/// Configuration section "GraphQL:Limits": the shape a request document and its arguments may have.
/// Each limit is checked before validation in time linear in the request, so a hostile document
/// costs no more than reading it; every structure a client controls is walked with a bound.
/// </summary>
public sealed class DocumentLimits
{
    public const string Section = "GraphQL:Limits";

    /// <summary>Lexical tokens in the document (punctuators, names, values); stops counting at the limit.</summary>
    public int MaxTokens { get; set; } = 15_000;

    /// <summary>Characters in one string literal (block strings included).</summary>
    public int MaxStringLength { get; set; } = 65_536;

    /// <summary>Characters in one number literal: long numbers are parsed by super-linear big-integer code.</summary>
    public int MaxNumberLength { get; set; } = 64;

    /// <summary>AST nesting the parser accepts (selection sets, list and object values).</summary>
    public int MaxParserDepth { get; set; } = 128;

    /// <summary>Operations and fragments defined in one document.</summary>
    public int MaxDefinitions { get; set; } = 200;

    /// <summary>Variables declared by one operation.</summary>
    public int MaxVariables { get; set; } = 100;

    /// <summary>Selections (fields, fragment spreads, inline fragments) in one selection set as written.</summary>
    public int MaxSelectionsPerSet { get; set; } = 250;

    /// <summary>Directives on one node.</summary>
    public int MaxDirectivesPerLocation { get; set; } = 10;

    /// <summary>Directives in the whole document.</summary>
    public int MaxDirectives { get; set; } = 200;

    /// <summary>Longest chain of fragments spreading fragments.</summary>
    public int MaxFragmentDepth { get; set; } = 16;

    /// <summary>
    /// Nesting of an operation with every fragment expanded (fields, inline fragments and spreads each
    /// count a level): what the validator and the executer recurse through.
    /// </summary>
    public int MaxNestingDepth { get; set; } = 64;

    /// <summary>Field selections of an operation with every fragment expanded (a fragment spread twice counts twice).</summary>
    public int MaxFieldSelections { get; set; } = 2_000;

    /// <summary>Aliased fields of an operation with every fragment expanded.</summary>
    public int MaxAliases { get; set; } = 100;

    /// <summary><c>__schema</c> selections per operation.</summary>
    public int MaxSchemaIntrospections { get; set; } = 1;

    /// <summary><c>ofType</c> fields along one path of an introspection selection.</summary>
    public int MaxOfTypeDepth { get; set; } = 16;

    /// <summary>
    /// List fields that lead back to types (<c>types</c>, <c>fields</c>, <c>inputFields</c>, <c>interfaces</c>,
    /// <c>possibleTypes</c>) along one introspection path: each multiplies the response by the schema's size.
    /// </summary>
    public int MaxIntrospectionCycles { get; set; } = 3;

    /// <summary>Errors a rejected request reports; the rest are summarised in one more error.</summary>
    public int MaxValidationErrors { get; set; } = 100;

    /// <summary><c>and</c>/<c>or</c> nesting of one <c>where</c> argument.</summary>
    public int MaxFilterDepth { get; set; } = 8;

    /// <summary>Conditions in one <c>and</c>/<c>or</c> list.</summary>
    public int MaxFilterBranches { get; set; } = 50;

    /// <summary>Field conditions (one per operation such as <c>eq</c>) in one <c>where</c> argument.</summary>
    public int MaxFilterConditions { get; set; } = 100;

    /// <summary>Values in one <c>in</c>/<c>nin</c> list.</summary>
    public int MaxFilterListLength { get; set; } = 1_000;

    /// <summary>Entries in one <c>order</c> argument.</summary>
    public int MaxSortFields { get; set; } = 10;
}
