using System;
using Microsoft.CodeAnalysis;

namespace KooMessage.Client.Generator.Diagnostics;

/// <summary>A diagnostic as values (descriptor id, formatted message, place), equatable for pipeline caching.</summary>
internal sealed record DiagnosticInfo(string Id, string Message, SourceLocation? Location)
{
    public Diagnostic ToDiagnostic()
    {
        var descriptor = GeneratorDiagnostics.Find(Id);
        return Diagnostic.Create(descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, Message);
    }
}
