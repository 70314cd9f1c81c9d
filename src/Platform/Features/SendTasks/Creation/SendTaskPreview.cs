using KooMessage.Platform.Features.Messaging;

namespace KooMessage.Platform.Features.SendTasks;

/// <summary>What previewSendTask answers: the number parsing and the message estimate, with nothing stored.</summary>
public sealed record SendTaskPreview(NumberParsing Numbers, MessageEstimate Estimate);
