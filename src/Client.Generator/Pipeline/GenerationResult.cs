using KooMessage.Client.Generator.Diagnostics;

namespace KooMessage.Client.Generator.Pipeline;

/// <summary>Everything one generator run produces, as values: the output step only replays it.</summary>
internal sealed record GenerationResult(
    EquatableArray<GeneratedSource> Sources,
    EquatableArray<DiagnosticInfo> Diagnostics);
