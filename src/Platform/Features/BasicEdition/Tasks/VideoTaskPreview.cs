using KooMessage.Platform.Features.SendTasks;

namespace KooMessage.Platform.Features.BasicEdition;

/// <summary>What previewVideoTask answers: the number parsing and the parameter columns the rows were read with, nothing stored.</summary>
public sealed record VideoTaskPreview(NumberParsing Numbers, IReadOnlyList<int> Parameters);
