namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>One row of a click report; the grouping decides which of day and target are set.</summary>
public sealed record ServiceNumberReportRow(DateTime? Day, ClickTarget? Target, string? Name, int Pv, int Uv);
