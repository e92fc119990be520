"""The rule base: one module per doctrine, each reading like the articles it encodes.

Importing this package defines every rule (into ``liability.rulebase.BOOK``). Rules cite
provisions by id; the statute text lives once, as data, in ``statutes/``.
"""

from . import (  # noqa: F401  (defining the rules is the import)
    animals,
    buildings,
    co_ownership,
    common_parts,
    companies,
    confidentiality,
    collapse,
    contractor,
    custody,
    damages,
    defects,
    duties,
    emergency,
    employer,
    fault,
    guardians,
    labour,
    mandate,
    joint,
    lease,
    measures,
    neighbours,
    objects,
    personal_info,
    personality,
    products,
    property_service,
    renovation,
    rescue,
    roads,
    security,
    shared,
    supply,
    work,
)

MODULES = (emergency, fault, property_service, employer, contractor, neighbours, lease, measures, joint, buildings, collapse, objects, custody, damages, defects, duties, renovation, rescue, roads, security, animals, guardians, shared, labour, products, co_ownership, common_parts, companies, confidentiality, supply, mandate, personality, personal_info, work)
