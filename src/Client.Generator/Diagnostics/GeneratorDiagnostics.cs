using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace KooMessage.Client.Generator.Diagnostics;

/// <summary>
/// The generator's diagnostics. All are errors: an operation the schema does not accept must fail
/// the build where it is written, never produce a client that fails at run time. The message text
/// is formatted when the problem is found, so each descriptor carries a single "{0}" placeholder.
/// </summary>
internal static class GeneratorDiagnostics
{
    private const string Category = "KooMessage.Client";

    public static readonly DiagnosticDescriptor SyntaxError = Create("KMGEN001", "GraphQL syntax error");
    public static readonly DiagnosticDescriptor UnknownType = Create("KMGEN002", "Unknown GraphQL type");
    public static readonly DiagnosticDescriptor UnknownField = Create("KMGEN003", "Unknown GraphQL field");
    public static readonly DiagnosticDescriptor UnknownArgument = Create("KMGEN004", "Unknown GraphQL argument or input field");
    public static readonly DiagnosticDescriptor MissingArgument = Create("KMGEN005", "Missing required GraphQL argument or input field");
    public static readonly DiagnosticDescriptor WrongType = Create("KMGEN006", "GraphQL value or variable of the wrong type");
    public static readonly DiagnosticDescriptor UndefinedVariable = Create("KMGEN007", "Undefined GraphQL variable");
    public static readonly DiagnosticDescriptor UnusedVariable = Create("KMGEN008", "Unused GraphQL variable");
    public static readonly DiagnosticDescriptor FragmentTypeMismatch = Create("KMGEN009", "GraphQL fragment on the wrong type");
    public static readonly DiagnosticDescriptor SelectionOnLeaf = Create("KMGEN010", "Selection set on a GraphQL leaf field");
    public static readonly DiagnosticDescriptor MissingSelection = Create("KMGEN011", "Missing selection set on a GraphQL composite field");
    public static readonly DiagnosticDescriptor UnknownFragment = Create("KMGEN012", "Unknown GraphQL fragment");
    public static readonly DiagnosticDescriptor DuplicateName = Create("KMGEN013", "Duplicate GraphQL operation, fragment, variable or argument");
    public static readonly DiagnosticDescriptor AnonymousOperation = Create("KMGEN014", "Anonymous GraphQL operation");
    public static readonly DiagnosticDescriptor InvalidSchema = Create("KMGEN015", "Invalid GraphQL schema");
    public static readonly DiagnosticDescriptor FragmentCycle = Create("KMGEN016", "GraphQL fragment cycle");
    public static readonly DiagnosticDescriptor NameCollision = Create("KMGEN017", "Generated C# name collision");
    public static readonly DiagnosticDescriptor UnsupportedOperation = Create("KMGEN018", "Unsupported GraphQL operation");
    public static readonly DiagnosticDescriptor FieldConflict = Create("KMGEN019", "Conflicting GraphQL fields under one response name");

    private static readonly DiagnosticDescriptor[] All =
    {
        SyntaxError, UnknownType, UnknownField, UnknownArgument, MissingArgument, WrongType,
        UndefinedVariable, UnusedVariable, FragmentTypeMismatch, SelectionOnLeaf, MissingSelection,
        UnknownFragment, DuplicateName, AnonymousOperation, InvalidSchema, FragmentCycle, NameCollision,
        UnsupportedOperation, FieldConflict,
    };

    public static DiagnosticDescriptor Find(string id) =>
        All.FirstOrDefault(d => d.Id == id) ?? throw new ArgumentException("Unknown diagnostic id " + id, nameof(id));

    private static DiagnosticDescriptor Create(string id, string title) =>
        new(id, title, "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
