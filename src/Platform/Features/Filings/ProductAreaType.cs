using GraphQL.Types;

namespace KooMessage.Platform.Features.Filings;

public sealed class ProductAreaType : EnumerationGraphType<ProductArea>
{
    public ProductAreaType()
    {
        Name = nameof(ProductArea);
        Description = "Product area of a filing: SMART_MESSAGE 智能信息, SERVICE_NUMBER 服务号, BASIC_EDITION 智能信息基础版.";
    }
}
