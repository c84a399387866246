using System.Text.Json;
using System.Text.Json.Serialization;
using IcpBadge.Configuration;

namespace IcpBadge.Cli.Inventory;

/// <summary>A domain is written as <c>"example.cn"</c> or <c>{ "Host": ..., "IcpNumber": ... }</c>.</summary>
internal sealed class DomainOptionsJsonConverter : JsonConverter<DomainOptions>
{
    public override DomainOptions? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new DomainOptions { Host = reader.GetString() };
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("a domain is a host string or an object with Host and IcpNumber.");
        }

        var domain = new DomainOptions();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            var value = reader.TokenType == JsonTokenType.Null ? null : reader.TokenType == JsonTokenType.String ? reader.GetString() : throw new JsonException($"{name} must be a string.");
            if (string.Equals(name, nameof(DomainOptions.Host), StringComparison.OrdinalIgnoreCase))
            {
                domain.Host = value;
            }
            else if (string.Equals(name, nameof(DomainOptions.IcpNumber), StringComparison.OrdinalIgnoreCase))
            {
                domain.IcpNumber = value;
            }
        }

        return domain;
    }

    public override void Write(Utf8JsonWriter writer, DomainOptions value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Inventories are only read.");
}
