namespace KooMessage.Platform.Features.Messaging;

/// <summary>预计短消息字数 / 预计拆分条数: characters as the network counts them, and SMS parts.</summary>
public sealed record MessageEstimate(int Characters, int Segments, MessageEncoding Encoding);
