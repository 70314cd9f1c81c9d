using GraphQL.Types;

namespace KooMessage.Platform.Files;

public sealed class FilePurposeType : EnumerationGraphType<FilePurpose>
{
    public FilePurposeType()
    {
        Name = nameof(FilePurpose);
        Description = "What an upload is for: LETTER pdf ≤2 MB; SPECIAL_MATERIALS zip/rar ≤2 MB; IMAGE jpg/png ≤2 MB; "
            + "AUTHORIZATION_IMAGE jpg/png/bmp ≤2 MB; NUMBER_FILE UTF-8 txt/csv ≤50 MB.";
    }
}
