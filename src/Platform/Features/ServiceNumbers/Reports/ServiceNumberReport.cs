namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>
/// Click events of one service number over whole UTC days <see cref="From"/>…<see cref="To"/>, aggregated, and the
/// messages sent under it in those days.
/// </summary>
public sealed record ServiceNumberReport(
    ServiceNumber ServiceNumber,
    DateTime From,
    DateTime To,
    ReportGrouping GroupBy,
    int Pv,
    int Uv,
    int MessagesSent,
    IReadOnlyList<ServiceNumberReportRow> Rows);
