package nl.gezin1plan.monitor.herinnering;

import org.springframework.data.jpa.repository.JpaRepository;

interface HerinneringSchemaRepository extends JpaRepository<HerinneringSchema, Long> {
}
