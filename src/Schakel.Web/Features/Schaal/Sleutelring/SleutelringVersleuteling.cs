using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Schaal.Sleutelring;

/// <summary>
/// Encrypts the secret part of each data-protection key with Schakel's field encryption (AES-256-GCM under the key ring
/// from configuration, never from the database), bound to its own context so the ciphertext is of no use in another column.
/// </summary>
public sealed class SleutelringVersleuteling(Veldversleuteling versleuteling) : IXmlEncryptor
{
    internal const string Context = "DataProtection.Sleutel";
    internal static readonly XName Element = "schakelVersleuteld";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement) =>
        new(new XElement(Element, versleuteling.Versleutel(plaintextElement.ToString(SaveOptions.DisableFormatting), Context)),
            typeof(SleutelringOntsleuteling));
}

/// <summary>Made by the data-protection system from the type name stored beside each key, with the app's services.</summary>
public sealed class SleutelringOntsleuteling(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement) =>
        XElement.Parse(services.GetRequiredService<Veldversleuteling>().Ontsleutel(encryptedElement.Value, SleutelringVersleuteling.Context));
}
