using System.ComponentModel;
using System.Globalization;

namespace IcpBadge.Configuration;

/// <summary>Lets a plain string in <c>Site:Domains</c> bind as a <see cref="DomainOptions"/> with only a host.</summary>
public sealed class DomainOptionsConverter : TypeConverter
{
    /// <inheritdoc />
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
        sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    /// <inheritdoc />
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string host ? new DomainOptions { Host = host } : base.ConvertFrom(context, culture, value);
}
