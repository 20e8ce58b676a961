import CLibXML2
import Foundation
import Synchronization
import WebText

/// HTML's named character references (`&nbsp;`, `&eacute;`…, looked up in the
/// sanitizer's `HTMLEntityTable`) as libxml2 entities, for feeds that use them without
/// declaring them. Each is a predefined-type entity, so libxml2 inlines its text and
/// never parses it as markup.
enum HTMLEntities {
    /// Entity addresses by name (as integers: the entities are immutable once made).
    private static let cache = Mutex<[String: UInt]>([:])

    /// The entity for `name`, or nil when HTML has no such named character.
    static func entity(named name: UnsafePointer<xmlChar>) -> xmlEntityPtr? {
        let key = String(cString: name)
        let address: UInt? = cache.withLock { entities in
            if let known = entities[key] { return known }
            let length = strlen(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self))
            guard let found = HTMLEntityTable.shared.entity(UnsafeBufferPointer(start: name, count: length)) else {
                return nil
            }
            let utf8 = Array(String(Character(found.scalar)).utf8) + [0]
            // Lives for the process (at most the ~250 HTML names): never freed.
            guard let entity = xmlNewEntity(nil, name, Int32(XML_INTERNAL_PREDEFINED_ENTITY.rawValue), nil, nil, utf8) else {
                return nil
            }
            let address = UInt(bitPattern: entity)
            entities[key] = address
            return address
        }
        return address.flatMap { xmlEntityPtr(bitPattern: $0) }
    }
}
